package nl.huisverbod.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored entry of the trail, with its place in the hash chain. */
public record AuditEntry(long seq, Instant occurredAt, UUID userId, String username, UUID organisationId,
                         String organisationName, String role, AuditAction action, String objectType,
                         UUID objectId, UUID dossierId, List<UUID> personIds, String purpose, String legalBasis,
                         String details, String prevHash, String hash) {
}
