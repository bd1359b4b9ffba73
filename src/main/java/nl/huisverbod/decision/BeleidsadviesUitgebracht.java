package nl.huisverbod.decision;

import java.time.Instant;
import java.util.UUID;

/** The municipal officer gave the mayor the beleidsadvies on extension (domain.md §4 step 8). */
public record BeleidsadviesUitgebracht(UUID dossierId, String dossierNummer, String gemeenteCode, boolean verlengen,
                                       Instant at) {
}
