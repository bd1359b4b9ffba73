package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchedComparisonTest {

    private record Case(String stratum, boolean repeat) {
    }

    private static void add(List<Case> to, String stratum, int n, int repeats) {
        for (int i = 0; i < n; i++) {
            to.add(new Case(stratum, i < repeats));
        }
    }

    @Test
    void the_difference_is_taken_within_strata_and_weighted_by_the_cases_with_an_order() {
        // worked by hand: A 2/4 against 2/8 (0.25), B 3/6 against 0/2 (0.5), C has no control and drops out.
        // weights 0.4 and 0.6: 0.4; variance 0.16 * (0.25/4 + 0.1875/8) + 0.36 * (0.25/6) = 0.02875
        List<Case> with = new ArrayList<>();
        List<Case> without = new ArrayList<>();
        add(with, "A", 4, 2);
        add(without, "A", 8, 2);
        add(with, "B", 6, 3);
        add(without, "B", 2, 0);
        add(with, "C", 2, 2);
        var r = MatchedComparison.riskDifference(with, without, Case::stratum, Case::repeat);
        assertThat(r.strata()).isEqualTo(2);
        assertThat(r.matchedWith()).isEqualTo(10);
        assertThat(r.matchedWithout()).isEqualTo(10);
        assertThat(r.effect().schatting()).isCloseTo(0.4, within(1e-12));
        assertThat(r.effect().onder()).isCloseTo(0.4 - 1.959964 * Math.sqrt(0.02875), within(1e-6));
        assertThat(r.effect().boven()).isCloseTo(0.4 + 1.959964 * Math.sqrt(0.02875), within(1e-6));
    }

    @Test
    void without_any_stratum_in_both_groups_there_is_no_matched_estimate() {
        List<Case> with = new ArrayList<>();
        List<Case> without = new ArrayList<>();
        add(with, "A", 3, 1);
        add(without, "B", 3, 1);
        assertThat(MatchedComparison.riskDifference(with, without, Case::stratum, Case::repeat)).isNull();
    }
}
