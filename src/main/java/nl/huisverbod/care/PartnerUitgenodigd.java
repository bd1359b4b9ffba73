package nl.huisverbod.care;

import java.util.UUID;
import nl.huisverbod.dossier.PartnerSoort;

/** A partner organisation was invited into the case; it is told so, with a link to what it may see. */
public record PartnerUitgenodigd(UUID dossierId, String dossierNummer, UUID organisationId, PartnerSoort soort) {
}
