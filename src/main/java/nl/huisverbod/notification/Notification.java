package nl.huisverbod.notification;

import java.time.Instant;
import java.util.UUID;

/** A message in an inbox, with the state of its e-mail copy. */
public record Notification(UUID id, UUID recipientOrganisationId, UUID recipientUserId, UUID dossierId,
                           NotificationKind kind, String subject, String body, String link, Instant createdAt,
                           Instant readAt, String emailStatus) {

    /** Where the notice leads within this application when it is not about a case (the link's path), or null. */
    public String page() {
        if (dossierId != null || link == null) {
            return null;
        }
        String path = java.net.URI.create(link).getPath();
        return path == null || path.isEmpty() ? null : path;
    }
}
