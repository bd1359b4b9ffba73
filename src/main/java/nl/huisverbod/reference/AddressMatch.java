package nl.huisverbod.reference;

import java.util.List;

/**
 * The municipalities an address can lie in, most addresses first: one (determined), several (a postcode that
 * spans a municipal border: the user confirms which), or none (an address the source does not know: the user
 * names the municipality and says why).
 */
public record AddressMatch(List<String> gemeenteCodes, String source) {

    public AddressMatch {
        gemeenteCodes = List.copyOf(gemeenteCodes);
    }

    public static AddressMatch unknown(String source) {
        return new AddressMatch(List.of(), source);
    }

    public boolean isDetermined() {
        return gemeenteCodes.size() == 1;
    }

    public boolean isUnknown() {
        return gemeenteCodes.isEmpty();
    }

    public boolean allows(String gemeenteCode) {
        return gemeenteCodes.contains(gemeenteCode);
    }
}
