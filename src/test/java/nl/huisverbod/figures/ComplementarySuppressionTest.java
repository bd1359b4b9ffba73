package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplementarySuppressionTest {

    private static boolean[][] hidden(boolean... rows) {
        boolean[][] h = new boolean[rows.length][1];
        for (int i = 0; i < rows.length; i++) {
            h[i][0] = rows[i];
        }
        return h;
    }

    private static Long[][] counts(long... values) {
        Long[][] q = new Long[values.length][1];
        for (int i = 0; i < values.length; i++) {
            q[i][0] = values[i];
        }
        return q;
    }

    @Test
    void a_lone_small_cell_gets_the_smallest_other_cell_that_is_not_zero_suppressed_beside_it() {
        // a region of 30: 3 suppressed, 0, 12 and 15 visible would give the 3 away
        boolean[][] h = hidden(true, false, false, false);
        int added = ComplementarySuppression.apply(counts(3, 0, 12, 15), h, new boolean[4],
                List.<int[]>of(new int[] {0, 1, 2, 3}), 5);
        assertThat(added).isOne();
        assertThat(h[1][0]).as("a zero protects nothing").isFalse();
        assertThat(h[2][0]).isTrue();
        assertThat(h[3][0]).isFalse();
    }

    @Test
    void two_small_cells_that_together_stay_under_the_threshold_get_a_third() {
        boolean[][] h = hidden(true, true, false, false);
        ComplementarySuppression.apply(counts(1, 2, 9, 20), h, new boolean[4], List.<int[]>of(new int[] {0, 1, 2, 3}), 5);
        assertThat(h[2][0]).isTrue();
        assertThat(h[3][0]).isFalse();
    }

    @Test
    void the_viewers_own_municipality_is_known_to_them_so_it_protects_nothing() {
        boolean[][] h = hidden(true, false, false);
        boolean[] own = {false, true, false};
        ComplementarySuppression.apply(counts(2, 6, 40), h, own, List.<int[]>of(new int[] {0, 1, 2}), 5);
        assertThat(h[1][0]).isFalse();
        assertThat(h[2][0]).isTrue();
    }

    @Test
    void overlapping_margins_are_repeated_until_every_one_holds() {
        // rows 0..3; groups {0,1} (a region) and {1,2,3} (a year): protecting row 0 hides row 1, which then
        // needs a partner in the second group
        boolean[][] h = hidden(true, false, false, false);
        ComplementarySuppression.apply(counts(2, 7, 8, 30), h, new boolean[4],
                List.of(new int[] {0, 1}, new int[] {1, 2, 3}), 5);
        assertThat(h[1][0]).isTrue();
        assertThat(h[2][0]).isTrue();
        assertThat(h[3][0]).isFalse();
    }
}
