package nl.huisverbod.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An attacker on published figure tables (issue 13, finding 3): collects every number the tables show, then
 * solves every relation between them that has one unknown (an area's total is the sum of its parts, a year's
 * the sum of its quarters and months, a quarter's the sum of its months), again and again with what it
 * learnt, and reports every suppressed number it recovered, also one that another table simply shows.
 */
public final class SubtractionAttacker {

    /** One number of a table: an area at a level, a period, a column's count ("#") or n ("n"). */
    public record Cell(String level, String area, String period, String quantity) {
    }

    private final Map<Cell, Long> known = new HashMap<>();
    private final Set<Cell> hidden = new HashSet<>();
    private final List<List<Cell>> relations = new ArrayList<>(); // first = sum of the rest
    private final Map<Cell, List<Long>> conflicts = new HashMap<>();

    /**
     * Reads a table's rows that count: visible numbers become known, suppressed ones hidden. A table of the
     * whole range as one period names its cells by the range ("totaal 2009-01-01/2010-01-01").
     */
    void read(JsonNode table) {
        String level = table.path("niveau").asString();
        boolean whole = table.path("periode").asString().equals("GEHEEL");
        for (JsonNode row : table.path("rijen")) {
            if (!row.path("status").asString().equals("TELT")) {
                continue;
            }
            String period = whole ? "totaal " + table.path("van").asString() + "/" + table.path("tot").asString()
                    : row.path("periode").asString();
            for (int c = 0; c < table.path("kolommen").size(); c++) {
                String key = table.path("kolommen").get(c).path("sleutel").asString();
                JsonNode cell = row.path("cellen").get(c);
                for (String q : List.of("#", "n")) {
                    Cell id = new Cell(level, row.path("gebied").asString(), period, key + q);
                    JsonNode v = cell.path(q.equals("#") ? "aantal" : "n");
                    if (cell.path("onderdrukt").asBoolean()) {
                        hidden.add(id);
                    } else if (v.isNumber()) {
                        Long before = known.put(id, v.asLong());
                        if (before != null && before != v.asLong()) {
                            conflicts.put(id, List.of(before, v.asLong()));
                        }
                    }
                }
            }
        }
    }

    /** A number a table shows (the open tables: {@code #} of a count, or a share times its n). */
    public void know(Cell cell, long value) {
        known.put(cell, value);
    }

    /** A number a table suppressed. */
    public void hide(Cell cell) {
        hidden.add(cell);
    }

    public void relation(Cell total, List<Cell> parts) {
        List<Cell> r = new ArrayList<>();
        r.add(total);
        r.addAll(parts);
        relations.add(r);
    }

    /**
     * The cells two tables showed with different numbers: a period that is not the same period in every table
     * (a quarter cut off by the asked range), whose difference is a part no suppression protected.
     */
    public Map<Cell, List<Long>> conflicts() {
        return conflicts;
    }

    public Set<Cell> cells() {
        Set<Cell> all = new HashSet<>(known.keySet());
        all.addAll(hidden);
        return all;
    }

    /** Every hidden number the attacker could work out, with its value. */
    public Map<Cell, Long> attack() {
        Map<Cell, Long> recovered = new HashMap<>();
        // the same number hidden in one table and shown in another (two figures with the same column)
        hidden.stream().filter(known::containsKey).forEach(c -> recovered.put(c, known.get(c)));
        boolean progress = true;
        while (progress) {
            progress = false;
            for (List<Cell> r : relations) {
                if (!r.stream().allMatch(c -> known.containsKey(c) || hidden.contains(c))) {
                    continue; // a number no table shows: not part of what was published
                }
                List<Cell> unknown = r.stream().filter(c -> !known.containsKey(c)).toList();
                if (unknown.size() != 1) {
                    continue;
                }
                Cell u = unknown.get(0);
                long sum = r.subList(1, r.size()).stream().filter(known::containsKey).mapToLong(known::get).sum();
                long value = u.equals(r.get(0)) ? sum : known.get(r.get(0)) - sum;
                known.put(u, value);
                recovered.put(u, value);
                progress = true;
            }
        }
        return recovered;
    }
}
