package nl.huisverbod.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.huisverbod.shared.Violation;
import nl.huisverbod.shared.Violations;
import org.junit.jupiter.api.Test;

class HerstelRulesTest {

    private static final String PRINTED = "Aan Piet Jansen, geboren 3 maart 1980, wordt een tijdelijk huisverbod opgelegd "
            + "(artikel 2, eerste lid). Buren hoorden geschreewu.";

    private static java.util.List<String> codes(String wrong, String right) {
        return HerstelRules.check(new Herstel(UUID.randomUUID(), Vormfout.SCHRIJFFOUT, wrong, right), PRINTED,
                new Violations()).list().stream().map(Violation::code).toList();
    }

    @Test
    void a_typo_a_misspelt_name_a_wrong_date_or_article_is_a_formal_error() {
        assertThat(codes("geschreewu", "geschreeuw")).isEmpty();
        assertThat(codes("Piet Jansen", "Piet Janssen")).isEmpty();
        assertThat(codes("3 maart 1980", "3 maart 1981")).isEmpty();
        assertThat(codes("artikel 2, eerste lid", "artikel 2, tweede lid")).isEmpty();
    }

    @Test
    void other_facts_are_a_change_of_substance_not_a_correction() {
        assertThat(codes("Buren hoorden geschreewu.", "Geheel andere feiten")).containsExactly("herstel.substance");
        assertThat(codes("Piet Jansen", "Karel de Groot")).containsExactly("herstel.substance");
    }

    @Test
    void the_error_is_quoted_from_the_beschikking_it_corrects_and_the_correction_differs_from_it() {
        assertThat(codes("Jan Jansen", "Jan Janssen")).containsExactly("herstel.notInBeschikking");
        assertThat(codes("geschreewu", " geschreewu ")).contains("herstel.same");
        assertThat(codes("Buren  hoorden\ngeschreewu.", "Buren hoorden geschreeuw.")).as("whitespace as printed")
                .isEmpty();
    }
}
