package nl.huisverbod.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.huisverbod.shared.Csv;

/**
 * A postcode in a municipality, from the shipped CBS table: tests register cases at addresses that lie in the
 * municipality they name, as registration requires (Wth 2(1)). Assen is 9401 AB, as the fixtures always had it.
 */
public final class Postcodes {

    private static final Map<String, String> FIRST_OWN_PC4 = read();

    private Postcodes() {
    }

    /** "pppp AB" for the first PC4 that lies wholly in the municipality; "9401 AB" for a code it does not know. */
    public static String in(String gemeenteCode) {
        return FIRST_OWN_PC4.getOrDefault(gemeenteCode, "9401") + " AB";
    }

    private static Map<String, String> read() {
        try (InputStream in = Postcodes.class.getResourceAsStream("/reference/postcode-gemeente.csv")) {
            Map<String, Integer> rowsPerPc4 = new LinkedHashMap<>();
            var rows = Csv.read(in);
            rows.forEach(r -> rowsPerPc4.merge(r.get("pc4"), 1, Integer::sum));
            Map<String, String> first = new LinkedHashMap<>();
            rows.stream().filter(r -> rowsPerPc4.get(r.get("pc4")) == 1)
                    .forEach(r -> first.putIfAbsent(r.get("gemeentecode"), r.get("pc4")));
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
