package nl.huisverbod.deadlines;

import java.time.Instant;
import java.util.UUID;
import nl.huisverbod.identity.OrganisationType;

/**
 * A deadline passed without the required act ({@code missed}), or is about to ({@code !missed}, at risk): the
 * owning organisation must be alerted (escalation). {@code ownerOrganisationId} is null when every
 * organisation of the type serving the scope owns it.
 */
public record DeadlineGemist(UUID deadlineId, UUID dossierId, String dossierNummer, DeadlineKind kind,
                             OrganisationType ownerType, String ownerScopeCode, UUID ownerOrganisationId,
                             Instant dueAt, boolean missed) {
}
