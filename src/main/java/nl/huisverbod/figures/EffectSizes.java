package nl.huisverbod.figures;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Effect sizes with 95 % confidence intervals for the evaluation (issue 13, finding 6): what the p-value does
 * not say, how large the difference is. Risk difference with the Wald interval, risk ratio with the interval
 * on the log scale (Katz), mean difference with Welch's interval.
 */
final class EffectSizes {

    /** An estimate with its 95 % confidence interval. */
    record Effect(String maat, double schatting, double onder, double boven) {
    }

    /** The two-sided 95 % quantile of the normal distribution (1.95996). */
    static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

    private EffectSizes() {
    }

    static Effect riskDifference(long a1, long n1, long a2, long n2) {
        double p1 = (double) a1 / n1;
        double p2 = (double) a2 / n2;
        double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return new Effect("risicoverschil", p1 - p2, p1 - p2 - Z * se, p1 - p2 + Z * se);
    }

    /** Null where a group has no events (the ratio or its interval is not defined). */
    static Effect riskRatio(long a1, long n1, long a2, long n2) {
        if (a1 == 0 || a2 == 0) {
            return null;
        }
        double rr = ((double) a1 / n1) / ((double) a2 / n2);
        double se = Math.sqrt(1.0 / a1 - 1.0 / n1 + 1.0 / a2 - 1.0 / n2);
        return new Effect("relatief_risico", rr, Math.exp(Math.log(rr) - Z * se), Math.exp(Math.log(rr) + Z * se));
    }

    /** Welch–Satterthwaite degrees of freedom. */
    static double welchDf(double var1, long n1, double var2, long n2) {
        double a = var1 / n1;
        double b = var2 / n2;
        return (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
    }

    static Effect meanDifference(double mean1, double var1, long n1, double mean2, double var2, long n2) {
        double se = Math.sqrt(var1 / n1 + var2 / n2);
        double t = new TDistribution(welchDf(var1, n1, var2, n2)).inverseCumulativeProbability(0.975);
        double d = mean1 - mean2;
        return new Effect("verschil_gemiddelden", d, d - t * se, d + t * se);
    }
}
