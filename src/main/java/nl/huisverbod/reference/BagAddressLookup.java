package nl.huisverbod.reference;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The municipality of an address from the BAG (Wth 2(1): the mayor of the municipality where the home lies
 * decides). The address by postcode and house number gives its woonplaats, the woonplaats its municipality
 * (its "bronhouder"); house-number precise and current after every municipal decision, so a postcode on a
 * municipal border is settled without asking the user. Woonplaatsen (about 2,500) are remembered for a day.
 * Where the BAG does not know the address, or cannot answer within its timeout, the CBS postcode table
 * answers and the match names that source: a HOvJ at 3 a.m. is never stopped by an outside service.
 */
class BagAddressLookup implements AddressLookup {

    static final String SOURCE = "BAG";
    static final String FALLBACK_UNKNOWN = Pc4AddressLookup.SOURCE + " (address not in the BAG)";
    static final String FALLBACK_UNAVAILABLE = Pc4AddressLookup.SOURCE + " (BAG unavailable)";
    private static final Logger log = LoggerFactory.getLogger(BagAddressLookup.class);
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\s*(\\d{1,5})");

    private final BagClient bag;
    private final AddressLookup postcodeTable;
    private final Duration woonplaatsCache;
    private final Supplier<Instant> clock;
    private final Map<String, Remembered> municipalitiesByWoonplaats = new ConcurrentHashMap<>();

    BagAddressLookup(BagClient bag, AddressLookup postcodeTable, Duration woonplaatsCache) {
        this(bag, postcodeTable, woonplaatsCache, Instant::now);
    }

    BagAddressLookup(BagClient bag, AddressLookup postcodeTable, Duration woonplaatsCache, Supplier<Instant> clock) {
        this.bag = bag;
        this.postcodeTable = postcodeTable;
        this.woonplaatsCache = woonplaatsCache;
        this.clock = clock;
    }

    @Override
    public AddressMatch municipalityOf(String postcode, String huisnummer) {
        Matcher number = HOUSE_NUMBER.matcher(huisnummer == null ? "" : huisnummer);
        if (postcode == null || !number.find()) {
            return postcodeTable.municipalityOf(postcode, huisnummer);
        }
        try {
            List<String> codes = new ArrayList<>();
            Set<String> woonplaatsen = bag.woonplaatsenOf(postcode.replace(" ", ""), Integer.parseInt(number.group(1)));
            for (String woonplaats : woonplaatsen) {
                for (String code : municipalitiesOf(woonplaats)) {
                    if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
            if (codes.isEmpty()) {
                return withSource(postcodeTable.municipalityOf(postcode, huisnummer), FALLBACK_UNKNOWN);
            }
            return new AddressMatch(codes, SOURCE);
        } catch (BagClient.BagUnavailable e) {
            log.warn("Address lookup falls back on the postcode table: {}", e.getMessage());
            return withSource(postcodeTable.municipalityOf(postcode, huisnummer), FALLBACK_UNAVAILABLE);
        }
    }

    private List<String> municipalitiesOf(String woonplaats) {
        Instant now = clock.get();
        Remembered known = municipalitiesByWoonplaats.get(woonplaats);
        if (known != null && known.until().isAfter(now)) {
            return known.codes();
        }
        List<String> codes = List.copyOf(bag.municipalitiesOf(woonplaats));
        if (!codes.isEmpty()) {
            municipalitiesByWoonplaats.put(woonplaats, new Remembered(codes, now.plus(woonplaatsCache)));
        }
        return codes;
    }

    private static AddressMatch withSource(AddressMatch match, String source) {
        return new AddressMatch(match.gemeenteCodes(), source);
    }

    private record Remembered(List<String> codes, Instant until) {
    }
}
