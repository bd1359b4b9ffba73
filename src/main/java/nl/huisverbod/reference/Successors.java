package nl.huisverbod.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current municipality that holds each municipality's territory: itself while it exists, else, following
 * the mergers from 2009 on (reference/mergers.csv), the municipality it became part of. A municipality split
 * over several goes to the one that took most of its inhabitants: the successor whose population grew most
 * from 1 January before the split to 1 January after it (CBS), among those that existed before; where that
 * cannot be told (no population figures, or only new successors), the first successor the merger table names.
 */
final class Successors {

    /** One row of the merger table: {@code oldCode} became (part of) {@code newCode} on 1 January of {@code year}. */
    record Merger(String oldCode, String newCode, int year) {
    }

    private Successors() {
    }

    /**
     * @param all        the codes of every municipality since 2009
     * @param current    the codes of the municipalities that exist now
     * @param mergers    the merger table, in its order
     * @param population population on 1 January, by code and year
     */
    static Map<String, String> of(List<String> all, Set<String> current, List<Merger> mergers,
                                  Map<String, Map<Integer, Integer>> population) {
        Map<String, List<Merger>> byOld = new LinkedHashMap<>();
        for (Merger m : mergers) {
            byOld.computeIfAbsent(m.oldCode(), k -> new ArrayList<>()).add(m);
        }
        Map<String, String> result = new HashMap<>();
        for (String code : all) {
            result.put(code, follow(code, current, byOld, population, 0));
        }
        return result;
    }

    private static String follow(String code, Set<String> current, Map<String, List<Merger>> byOld,
                                 Map<String, Map<Integer, Integer>> population, int depth) {
        if (current.contains(code) || depth > 20) {
            return code;
        }
        List<Merger> next = byOld.get(code);
        if (next == null || next.isEmpty()) {
            return code; // dissolved without a successor in the table: counts under its own code
        }
        return follow(largest(next, population), current, byOld, population, depth + 1);
    }

    private static String largest(List<Merger> split, Map<String, Map<Integer, Integer>> population) {
        String best = split.get(0).newCode();
        long bestGain = Long.MIN_VALUE;
        for (Merger m : split) {
            Map<Integer, Integer> years = population.getOrDefault(m.newCode(), Map.of());
            Integer before = years.get(m.year() - 1);
            Integer after = years.get(m.year());
            if (before != null && after != null && after - before > bestGain) {
                bestGain = after - before;
                best = m.newCode();
            }
        }
        return best;
    }
}
