package nl.huisverbod.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Search criteria for the functional administrator; null fields do not filter. {@code traceId}: every entry
 * of one W3C trace, e.g. a partner's call it asks about.
 */
public record AuditQuery(String username, UUID dossierId, UUID personId, AuditAction action, Instant from,
                         Instant to, String traceId, int limit) {

    public AuditQuery(String username, UUID dossierId, UUID personId, AuditAction action, Instant from, Instant to,
                      int limit) {
        this(username, dossierId, personId, action, from, to, null, limit);
    }
}
