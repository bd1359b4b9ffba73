package nl.huisverbod.deadlines;

import java.time.Instant;
import java.util.UUID;
import nl.huisverbod.identity.OrganisationType;

/** A deadline passed without the required act: the owning organisation must be alerted (escalation). */
public record DeadlineGemist(UUID deadlineId, UUID dossierId, String dossierNummer, DeadlineKind kind,
                             OrganisationType ownerType, String ownerScopeCode, Instant dueAt) {
}
