package nl.huisverbod.dossier;

import java.util.List;

/** Everything needed to register a case (domain.md §4 step 1). */
public record RegistrationCommand(EntryRoute entryRoute, String incidentNummer, Boolean arrest, String straat,
                                  String huisnummer, String postcode, String woonplaats, String gemeenteCode,
                                  List<PersoonInput> personen) {
}
