package nl.huisverbod.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader (header row, comma separated, double-quote quoting) for the reference files and the
 * import files.
 */
public final class Csv {

    private Csv() {
    }

    public static List<Map<String, String>> read(InputStream in) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                return List.of();
            }
            List<String> header = split(headerLine.replace("\uFEFF", ""));
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String cell = i < cells.size() ? cells.get(i) : "";
                    row.put(header.get(i), cell.isEmpty() ? null : cell);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    /**
     * A cell a spreadsheet would evaluate gets a leading apostrophe (OWASP's CSV injection rule): one that
     * starts with =, +, -, @, a tab or a carriage return, unless it is a plain number such as -3 or +1.5.
     */
    public static String neutralise(String cell) {
        String c = cell == null ? "" : cell;
        if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(c).matches()) {
            return "'" + c;
        }
        return c;
    }

    /**
     * One cell as RFC 4180 writes it, {@linkplain #neutralise neutralised}: quoted when it holds a comma,
     * quote or line break.
     */
    public static String quote(String cell) {
        String c = neutralise(cell);
        if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
            return "\"" + c.replace("\"", "\"\"") + "\"";
        }
        return c;
    }

    /** One line of cells, quoted where needed, without the line break. */
    public static String line(List<String> cells) {
        return String.join(",", cells.stream().map(Csv::quote).toList());
    }
}
