package nl.huisverbod.decision;

import java.time.Instant;
import java.util.UUID;

/** An order was imposed. Everyone Wth 2(8) and 3(2) names must now be told without delay. */
public record HuisverbodOpgelegd(UUID huisverbodId, UUID dossierId, String dossierNummer, String gemeenteCode,
                                 String vtRegion, String policeUnit, boolean arrest, boolean decidedByHovj,
                                 Instant imposedAt, Instant endsAt, boolean mondeling, Instant recordedAt) {
}
