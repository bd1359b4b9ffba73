package nl.huisverbod.audit;

import java.util.List;
import java.util.UUID;

/**
 * What a module reports to the trail. {@code personIds} are the persons whose data were shown or changed,
 * so that "who looked at this person's file" can be answered; {@code legalBasis} names the article.
 */
public record AuditRecord(AuditAction action, String objectType, UUID objectId, UUID dossierId,
                          List<UUID> personIds, String purpose, String legalBasis, String details) {

    public AuditRecord {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
