package nl.huisverbod.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.shared.Csv;
import org.springframework.core.io.ClassPathResource;

/**
 * The municipality of a 4-digit postcode from the CBS table "Buurt, wijk en gemeente 2024 voor
 * postcode-huisnummer", aggregated per PC4 (reference/postcode-gemeente.csv; source and licence in its
 * README and ADR 0017). Twenty PC4s span two municipalities; there the user confirms which. The default
 * lookup, and the BAG lookup's answer where the BAG does not know the address or cannot be reached.
 */
class Pc4AddressLookup implements AddressLookup {

    static final String SOURCE = "CBS postcode-gemeente 2024";
    private final Map<String, List<String>> municipalitiesByPc4;

    Pc4AddressLookup() {
        this.municipalitiesByPc4 = read();
    }

    @Override
    public AddressMatch municipalityOf(String postcode, String huisnummer) {
        if (postcode == null || postcode.length() < 4) {
            return AddressMatch.unknown(SOURCE);
        }
        return new AddressMatch(municipalitiesByPc4.getOrDefault(postcode.substring(0, 4), List.of()), SOURCE);
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = new ClassPathResource("reference/postcode-gemeente.csv").getInputStream()) {
            Map<String, List<String>> map = new HashMap<>();
            // rows within a PC4 come largest share first, so the list keeps that order
            for (Map<String, String> row : Csv.read(in)) {
                map.computeIfAbsent(row.get("pc4"), k -> new ArrayList<>()).add(row.get("gemeentecode"));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("reference/postcode-gemeente.csv unreadable", e);
        }
    }
}
