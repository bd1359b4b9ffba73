package nl.huisverbod.deadlines;

import java.time.Instant;
import java.util.UUID;

/**
 * One deadline of a case. MET: done before it was due; MISSED: not done when due ({@code metAt} is still
 * filled in when it is done late, so both moments are kept).
 */
public record Deadline(UUID id, UUID dossierId, String dossierNummer, DeadlineKind kind, boolean legal,
                       String ownerOrganisationType, String ownerScopeCode, Instant startsAt, Instant dueAt,
                       Status status, Instant metAt, Instant missedAt) {

    public enum Status { OPEN, MET, MISSED }
}
