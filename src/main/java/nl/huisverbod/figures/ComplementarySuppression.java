package nl.huisverbod.figures;

import java.util.List;

/**
 * Secondary (complementary) suppression over the margins of a table (issue 13, finding 3), after the small
 * cells were suppressed: where a margin is published (a region's total beside its municipalities, a year's
 * beside its months), a suppressed cell must not be the difference of the margin and the visible cells. In
 * every group of cells that add up to a published margin, each column's additive quantity (a count, the
 * numerator of a share or ratio, the n of a statistic) must have at least two suppressed cells that together
 * hold at least the threshold; otherwise the column's smallest cell that is not zero is suppressed too.
 * Columns are protected each on its own, so that a column with the same numbers in two figures (the orders
 * of "aantallen" and of "cohort") is suppressed alike in both. Repeated until every group holds, as groups
 * overlap (a municipality lies in four kinds of region). This is the "at least two, together at least the
 * threshold" rule of statistics offices' table protection, not an optimal (least-loss) pattern.
 */
final class ComplementarySuppression {

    private ComplementarySuppression() {
    }

    /**
     * @param quantities per row and column: the column's additive number, or null where it has none
     * @param suppressed per row and column: suppressed now; updated in place
     * @param locked     per row: visible to this viewer whatever happens (their own municipality): known
     *                   to them, so it protects nothing and is never suppressed
     * @param groups     the rows of each group that adds up to a published margin
     * @return the number of cells suppressed as complements
     */
    static int apply(Long[][] quantities, boolean[][] suppressed, boolean[] locked, List<int[]> groups,
                     int threshold) {
        int columns = quantities.length == 0 ? 0 : quantities[0].length;
        int added = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] group : groups) {
                for (int column = 0; column < columns; column++) {
                    int hidden = 0;
                    long hiddenSum = 0;
                    for (int r : group) {
                        if (suppressed[r][column] && !locked[r]) {
                            hidden++;
                            hiddenSum += quantities[r][column] == null ? 0 : quantities[r][column];
                        }
                    }
                    if (hidden == 0 || hidden >= 2 && hiddenSum >= threshold) {
                        continue;
                    }
                    int best = -1;
                    for (int r : group) {
                        Long v = quantities[r][column];
                        if (!suppressed[r][column] && !locked[r] && v != null && v > 0
                                && (best < 0 || v < quantities[best][column])) {
                            best = r;
                        }
                    }
                    if (best >= 0) {
                        suppressed[best][column] = true;
                        added++;
                        changed = true;
                    }
                }
            }
        }
        return added;
    }
}
