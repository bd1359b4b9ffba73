package nl.huisverbod.followup;

import java.util.Set;
import nl.huisverbod.dossier.PersonRole;

/** A follow-up programme from the catalogue: for whom, and the life domain it works on. */
public record Programma(String code, String naam, Set<PersonRole> voor, Leefgebied leefgebied) {
}
