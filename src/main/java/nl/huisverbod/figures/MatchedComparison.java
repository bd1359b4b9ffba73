package nl.huisverbod.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The difference in repeat violence between cases with and without an order, matched on what makes the groups
 * differ (issue 13, finding 6: orders are not given at random): exact matching on strata of the covariates
 * (children in the household, arrest for the same incident), the difference taken within each stratum and
 * weighted by the cases with an order in it (the effect on those who got an order). Strata without cases in
 * both groups drop out; how many cases that leaves is reported beside the estimate.
 */
final class MatchedComparison {

    /** The weighted risk difference with its 95 % interval, over the matched cases of both groups. */
    record Result(EffectSizes.Effect effect, long matchedWith, long matchedWithout, int strata) {
    }

    private MatchedComparison() {
    }

    static <T> Result riskDifference(List<T> with, List<T> without, Function<T, String> stratum, Predicate<T> outcome) {
        Map<String, long[]> cells = new HashMap<>(); // stratum -> {n1, a1, n2, a2}
        for (T c : with) {
            long[] s = cells.computeIfAbsent(stratum.apply(c), k -> new long[4]);
            s[0]++;
            s[1] += outcome.test(c) ? 1 : 0;
        }
        for (T c : without) {
            long[] s = cells.computeIfAbsent(stratum.apply(c), k -> new long[4]);
            s[2]++;
            s[3] += outcome.test(c) ? 1 : 0;
        }
        long treated = 0;
        long controls = 0;
        int strata = 0;
        for (long[] s : cells.values()) {
            if (s[0] > 0 && s[2] > 0) {
                treated += s[0];
                controls += s[2];
                strata++;
            }
        }
        if (treated == 0) {
            return null;
        }
        double estimate = 0;
        double variance = 0;
        for (long[] s : cells.values()) {
            if (s[0] == 0 || s[2] == 0) {
                continue;
            }
            double w = (double) s[0] / treated;
            double p1 = (double) s[1] / s[0];
            double p2 = (double) s[3] / s[2];
            estimate += w * (p1 - p2);
            variance += w * w * (p1 * (1 - p1) / s[0] + p2 * (1 - p2) / s[2]);
        }
        double se = Math.sqrt(variance);
        return new Result(new EffectSizes.Effect("risicoverschil_gematcht", estimate, estimate - EffectSizes.Z * se,
                estimate + EffectSizes.Z * se), treated, controls, strata);
    }
}
