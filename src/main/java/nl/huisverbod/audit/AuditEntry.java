package nl.huisverbod.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored entry of the trail. {@code seq} is its number, given when it was appended; its place in the hash
 * chain is given when it is sealed ({@link AuditSealer}).
 */
public record AuditEntry(long seq, Instant occurredAt, UUID userId, String username, UUID organisationId,
                         String organisationName, String role, AuditAction action, String objectType,
                         UUID objectId, UUID dossierId, List<UUID> personIds, String purpose, String legalBasis,
                         String details) {
}
