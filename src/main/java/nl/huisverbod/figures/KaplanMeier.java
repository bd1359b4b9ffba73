package nl.huisverbod.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Time to the first new incident as a survival curve (Kaplan–Meier product-limit estimate), for the
 * evaluation (issue 13, finding 6): every case followed from its original incident until its first new
 * incident or, without one, until the end of its window or until today where the window has not passed yet
 * (censored). Read off at fixed days, never per event, so that no small count leaves the system.
 */
final class KaplanMeier {

    /** One case: days followed, and whether that ended in an incident (else censored). */
    record Observation(long days, boolean event) {
    }

    /** The share without a new incident after {@code dag} days. */
    record Point(long dag, double zonderIncident) {
    }

    private KaplanMeier() {
    }

    static List<Point> curve(List<Observation> observations, List<Long> days) {
        TreeMap<Long, int[]> atTime = new TreeMap<>(); // days -> {events, censored}
        for (Observation o : observations) {
            atTime.computeIfAbsent(o.days(), x -> new int[2])[o.event() ? 0 : 1]++;
        }
        List<Point> result = new ArrayList<>();
        int atRisk = observations.size();
        double survival = 1.0;
        var steps = atTime.entrySet().iterator();
        var next = steps.hasNext() ? steps.next() : null;
        for (long day : days) {
            while (next != null && next.getKey() <= day) {
                int events = next.getValue()[0];
                if (events > 0 && atRisk > 0) {
                    survival *= 1.0 - (double) events / atRisk;
                }
                atRisk -= events + next.getValue()[1];
                next = steps.hasNext() ? steps.next() : null;
            }
            result.add(new Point(day, survival));
        }
        return result;
    }
}
