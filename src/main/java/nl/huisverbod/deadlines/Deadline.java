package nl.huisverbod.deadlines;

import java.time.Instant;
import java.util.UUID;

/**
 * One deadline of a case. MET: done before it was due; MISSED: not done when due ({@code metAt} is still
 * filled in when it is done late, so both moments are kept); VERVALLEN: the order ended early, so the act is no
 * longer needed. {@code ownerOrganisationId} is set when the deadline was routed to one organisation (the
 * crisis service out of hours, or the coordinator that accepted the file).
 */
public record Deadline(UUID id, UUID dossierId, String dossierNummer, DeadlineKind kind, boolean legal,
                       String ownerOrganisationType, String ownerScopeCode, UUID ownerOrganisationId,
                       Instant startsAt, Instant dueAt, Status status, Instant metAt, Instant missedAt,
                       Instant warnedAt) {

    public enum Status { OPEN, MET, MISSED, VERVALLEN }
}
