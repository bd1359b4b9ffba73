package nl.huisverbod.care;

import java.time.Instant;
import java.util.UUID;
import nl.huisverbod.dossier.PartnerSoort;

/** A professional or partner organisation on the case's team. */
public record Hulpverlener(UUID id, Functie functie, PartnerSoort partnerSoort, UUID organisationId,
                           String organisatie, UUID userId, String naam, Instant assignedAt) {
}
