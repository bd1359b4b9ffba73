package nl.huisverbod.figures;

import java.util.List;
import java.util.Objects;

/**
 * The value axis of a chart: a round top and a round step between grid lines, so that counts are marked in
 * whole numbers (never 0.3 order) and shares in steps of 5, 10, 20 or 25 per cent, with at most five steps.
 */
record AxisScale(double top, double step, boolean percent) {

    private static final double[] SHARE_STEPS = {0.05, 0.1, 0.2, 0.25};

    static AxisScale of(List<Grafiek.Serie> series, boolean percent) {
        double max = series.stream().flatMap(s -> s.waarden().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return percent ? shares(max) : counts(max);
    }

    static AxisScale counts(double max) {
        if (max <= 0) {
            return new AxisScale(1, 1, false);
        }
        double raw = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * magnitude;
        for (double nice : new double[] {1, 2, 5}) {
            if (nice * magnitude >= raw) {
                step = nice * magnitude;
                break;
            }
        }
        step = Math.max(1, step);
        return new AxisScale(Math.ceil(max / step) * step, step, false);
    }

    static AxisScale shares(double max) {
        double m = Math.min(1, Math.max(0, max));
        for (double step : SHARE_STEPS) {
            if (Math.ceil(m / step - 1e-9) <= 5) {
                return new AxisScale(Math.max(step, Math.ceil(m / step - 1e-9) * step), step, true);
            }
        }
        return new AxisScale(1, 0.25, true);
    }
}
