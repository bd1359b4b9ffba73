package nl.huisverbod.dossier;

import java.util.stream.Collectors;
import nl.huisverbod.reference.AddressLookup;
import nl.huisverbod.reference.AddressMatch;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.shared.Postcode;
import nl.huisverbod.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * Wth 2(1): the mayor of the municipality where the home lies decides, so the case's municipality follows its
 * address. A postcode in one municipality decides it (a different choice is refused); a postcode on a border
 * asks the user to confirm one of its municipalities; a postcode the source does not know asks for the
 * municipality and the reason.
 */
@Component
class AddressMunicipality {

    private final AddressLookup addresses;
    private final Municipalities municipalities;

    AddressMunicipality(AddressLookup addresses, Municipalities municipalities) {
        this.addresses = addresses;
        this.municipalities = municipalities;
    }

    /** The case's municipality, or null with the reason in {@code v}. */
    Municipality resolve(RegistrationCommand c, Violations v) {
        String chosen = c.gemeenteCode() == null || c.gemeenteCode().isBlank() ? null : c.gemeenteCode().trim();
        Municipality chosenOne = chosen == null ? null : municipalities.current(chosen).orElse(null);
        if (chosen != null && chosenOne == null) {
            v.add("gemeenteCode", "dossier.gemeente.unknown");
            return null;
        }
        if (c.postcode() == null || !Postcode.isValid(c.postcode())) {
            return chosenOne; // the postcode's own violation says what to fix
        }
        AddressMatch match = addresses.municipalityOf(Postcode.normalise(c.postcode()),
                c.huisnummer() == null ? "" : c.huisnummer().trim());
        if (match.isDetermined()) {
            String code = match.gemeenteCodes().get(0);
            v.require(chosen == null || chosen.equals(code), "gemeenteCode", "dossier.gemeente.notAtAddress",
                    names(match));
            return municipalities.current(code).orElse(null);
        }
        if (!match.isUnknown()) {
            if (chosen == null) {
                v.add("gemeenteCode", "dossier.gemeente.confirmAtBorder", names(match));
            } else {
                v.require(match.allows(chosen), "gemeenteCode", "dossier.gemeente.notAtAddress", names(match));
            }
            return chosenOne;
        }
        // both at once, so the form asks for the municipality and the reason in one go
        v.require(chosen != null, "gemeenteCode", "dossier.gemeente.unknownPostcode");
        v.requireReason(c.gemeenteReden(), "gemeenteReden", "dossier.gemeente.reasonForUnknownPostcode", 500);
        return chosenOne;
    }

    private String names(AddressMatch match) {
        return match.gemeenteCodes().stream()
                .map(code -> municipalities.current(code).map(Municipality::name).orElse(code))
                .collect(Collectors.joining(" / "));
    }
}
