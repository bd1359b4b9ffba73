package nl.huisverbod.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Search criteria for the functional administrator; null fields do not filter. {@code personIds}: entries about
 * any of these persons (one person, or all with one BSN; none: nothing is found). {@code traceId}: every entry of one W3C trace, e.g. a
 * partner's call it asks about.
 */
public record AuditQuery(String username, UUID dossierId, List<UUID> personIds, AuditAction action, Instant from,
                         Instant to, String traceId) {

    public AuditQuery {
        personIds = personIds == null ? null : List.copyOf(personIds);
    }

    public static AuditQuery about(List<UUID> persons) {
        return new AuditQuery(null, null, persons, null, null, null, null);
    }
}
