package nl.huisverbod.notification;

import java.time.Instant;
import java.util.UUID;

/** A message in an inbox, with the state of its e-mail copy. */
public record Notification(UUID id, UUID recipientOrganisationId, UUID recipientUserId, UUID dossierId,
                           NotificationKind kind, String subject, String body, String link, Instant createdAt,
                           Instant readAt, String emailStatus) {
}
