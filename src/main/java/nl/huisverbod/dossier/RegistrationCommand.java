package nl.huisverbod.dossier;

import java.util.List;

/**
 * Everything needed to register a case (domain.md §4 step 1). {@code gemeenteCode} may be left empty: the
 * municipality follows the address ({@code AddressMunicipality}); {@code gemeenteReden} says why a
 * municipality was chosen for a postcode the reference does not know.
 */
public record RegistrationCommand(EntryRoute entryRoute, String incidentNummer, Boolean arrest, String straat,
                                  String huisnummer, String postcode, String woonplaats, String gemeenteCode,
                                  String gemeenteReden, List<PersoonInput> personen) {
}
