package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12: the source comparison of 60 municipalities, filtered, sorted and cut into pages of 25. */
class SourceComparisonViewTest {

    private static final Bronvergelijking.Resultaat SIXTY = sixty();

    private static Bronvergelijking.Resultaat sixty() {
        List<Bronvergelijking.Rij> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            // every tenth municipality's own count differs from the registration by i orders
            var difference = i % 10 == 0 ? new Bronvergelijking.Tellingen(0L, (long) -i, 0L, 0L, 0L)
                    : new Bronvergelijking.Tellingen(0L, 0L, 0L, 0L, 0L);
            rows.add(new Bronvergelijking.Rij(String.format("GM%04d", i), String.format("Gemeente %02d", i), null, null,
                    null, difference, List.of()));
        }
        return new Bronvergelijking.Resultaat(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), 5, rows);
    }

    @Test
    void sixty_municipalities_are_three_pages_of_at_most_twenty_five() {
        var first = SourceComparisonView.of(SIXTY, Map.of());
        assertThat(first.total()).isEqualTo(60);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.rows()).hasSize(25).first().extracting(Bronvergelijking.Rij::naam).isEqualTo("Gemeente 01");
        var last = SourceComparisonView.of(SIXTY, Map.of("pagina", "3"));
        assertThat(last.rows()).hasSize(10).last().extracting(Bronvergelijking.Rij::naam).isEqualTo("Gemeente 60");
        assertThat(SourceComparisonView.of(SIXTY, Map.of("pagina", "99")).page()).as("past the end: the last").isEqualTo(3);
        assertThat(SourceComparisonView.of(SIXTY, Map.of("pagina", "twee")).page()).isEqualTo(1);
    }

    @Test
    void a_municipality_is_found_by_name_or_code_and_the_differences_come_first_when_asked() {
        assertThat(SourceComparisonView.of(SIXTY, Map.of("zoek", "gemeente 07")).rows())
                .extracting(Bronvergelijking.Rij::gemeenteCode).containsExactly("GM0007");
        assertThat(SourceComparisonView.of(SIXTY, Map.of("zoek", "gm0042")).rows())
                .extracting(Bronvergelijking.Rij::naam).containsExactly("Gemeente 42");
        var differing = SourceComparisonView.of(SIXTY, Map.of("verschil", "ja", "sorteer", "verschil"));
        assertThat(differing.rows()).extracting(Bronvergelijking.Rij::gemeenteCode)
                .containsExactly("GM0060", "GM0050", "GM0040", "GM0030", "GM0020", "GM0010");
    }
}
