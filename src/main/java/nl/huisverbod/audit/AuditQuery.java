package nl.huisverbod.audit;

import java.time.Instant;
import java.util.UUID;

/** Search criteria for the functional administrator; null fields do not filter. */
public record AuditQuery(String username, UUID dossierId, UUID personId, AuditAction action, Instant from,
                         Instant to, int limit) {
}
