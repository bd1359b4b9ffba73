package nl.huisverbod.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored entry of the trail. {@code seq} is its number, given when it was appended; its place in the hash
 * chain is given when it is sealed ({@link AuditSealer}). {@code traceId}, {@code spanId} and
 * {@code parentSpanId} are the W3C trace of the request that wrote it and the caller's span in it
 * (Logboek Dataverwerkingen: trace_id, operation_id, foreign_operation); {@code processingActivity} is the
 * register's activity ({@link ProcessingActivity}). The four are empty for entries written before they existed.
 */
public record AuditEntry(long seq, Instant occurredAt, UUID userId, String username, UUID organisationId,
                         String organisationName, String role, AuditAction action, String objectType,
                         UUID objectId, UUID dossierId, List<UUID> personIds, String purpose, String legalBasis,
                         String details, String traceId, String spanId, String parentSpanId,
                         String processingActivity) {
}
