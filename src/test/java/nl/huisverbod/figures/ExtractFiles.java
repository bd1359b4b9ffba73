package nl.huisverbod.figures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

/**
 * Reads a research extract as its receiver does, and measures its k-anonymity from the files themselves: the
 * smallest group of cases with the same area, dates, evicted person's age and household (roles and age
 * classes, from personen.csv).
 */
final class ExtractFiles {

    private ExtractFiles() {
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> result = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                result.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    static int k(Map<String, String> files) {
        Map<String, List<String>> households = new HashMap<>();
        String[] persons = files.get("personen.csv").split("\r\n");
        for (int i = 1; i < persons.length; i++) {
            String[] v = persons[i].split(",", -1);
            households.computeIfAbsent(v[1], x -> new ArrayList<>()).add(v[2] + ":" + v[3]);
        }
        Map<String, Integer> classes = new HashMap<>();
        String[] cases = files.get("zaken.csv").split("\r\n");
        for (int i = 1; i < cases.length; i++) {
            String[] v = cases[i].split(",", -1);
            List<String> household = new ArrayList<>(households.getOrDefault(v[0], List.of()));
            household.sort(null);
            classes.merge(String.join("|", v[2], v[3], v[4], v[5], v[6], v[7], v[10], v[22], household.toString()), 1,
                    Integer::sum);
        }
        return classes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }
}
