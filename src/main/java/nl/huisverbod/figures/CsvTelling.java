package nl.huisverbod.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.Csv;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.Violations;

/**
 * The line loop of the count imports (CSV with a fixed header): every line is checked, a good line is stored,
 * a bad line is reported with its number and all its reasons and nothing of it is stored.
 */
final class CsvTelling {

    /** Checks one line's cells, adding violations; stores it when there are none. */
    interface Regel {
        void verwerk(List<String> cellen, Violations v);
    }

    public record Resultaat(int regels, int opgeslagen, List<Afwijzing> afgewezen) {
    }

    private CsvTelling() {
    }

    static Resultaat verwerk(String csv, List<String> header, Messages messages, Regel regel) {
        String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\r?\n", -1);
        if (!Csv.split(lines[0].trim()).equals(header)) {
            throw InvalidInputException.of("bestand", "incidents.import.header", String.join(",", header));
        }
        int regels = 0;
        List<Afwijzing> afgewezen = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            regels++;
            List<String> cells = Csv.split(lines[i]).stream().map(String::trim).toList();
            var v = new Violations();
            if (cells.size() != header.size()) {
                v.add("regel", "incidents.import.columns", header.size(), cells.size());
            } else {
                regel.verwerk(cells, v);
            }
            if (!v.isEmpty()) {
                afgewezen.add(Afwijzing.van(i + 1, v.list(), messages));
            }
        }
        return new Resultaat(regels, regels - afgewezen.size(), afgewezen);
    }

    static Integer getal(String cell, String field, Violations v) {
        try {
            return Integer.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            v.add(field, cell.isBlank() ? "validation.required" : "validation.invalidFormat");
            return null;
        }
    }

    static LocalDate datum(String cell, String field, Violations v) {
        try {
            return LocalDate.parse(cell.trim());
        } catch (DateTimeParseException e) {
            v.add(field, cell.isBlank() ? "validation.required" : "figures.import.date");
            return null;
        }
    }
}
