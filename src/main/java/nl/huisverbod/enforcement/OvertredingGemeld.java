package nl.huisverbod.enforcement;

import java.time.Instant;
import java.util.UUID;

/** A breach was reported: the police must see it at once. Carries no source, so a notice cannot expose it. */
public record OvertredingGemeld(UUID overtredingId, UUID dossierId, String dossierNummer, String gemeenteCode,
                                String policeUnit, String vtRegion, Instant occurredAt, boolean aanhouding) {
}
