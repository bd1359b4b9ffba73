package nl.huisverbod.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a notification and queues its e-mail copy; {@link EmailDelivery} delivers after commit. */
@Component
class Notifier {

    private final JdbcClient jdbc;
    private final Users users;
    private final NoticeTexts texts;
    private final Clock clock;

    Notifier(JdbcClient jdbc, Users users, NoticeTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.texts = texts;
        this.clock = clock;
    }

    /** To an organisation as a whole; returns the e-mail deliveries queued. */
    List<UUID> toOrganisation(Organisation org, UUID dossierId, NotificationKind kind, Notice notice, String link) {
        return store(org.id(), null, org.email(), dossierId, kind, notice, link);
    }

    /** To every user of the organisation with the given role (e.g. the mayor). */
    List<UUID> toRole(Organisation org, nl.huisverbod.identity.Role role, UUID dossierId, NotificationKind kind,
                      Notice notice, String link) {
        List<UUID> deliveries = new ArrayList<>();
        users.inOrganisation(org.id()).stream().filter(u -> u.role() == role).forEach(u ->
                deliveries.addAll(store(org.id(), u.id(), u.email(), dossierId, kind, notice, link)));
        return deliveries;
    }

    private List<UUID> store(UUID orgId, UUID userId, String email, UUID dossierId, NotificationKind kind,
                             Notice notice, String link) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        // the Dutch words for the e-mail copy, the keys and arguments for the inbox in each reader's language
        jdbc.sql("""
                insert into notification (id, recipient_organisation_id, recipient_user_id, dossier_id, kind, subject,
                    body, notice, link, created_at) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(id, orgId, userId, dossierId, kind.name(), texts.subject(notice, NoticeTexts.DUTCH),
                        texts.body(notice, NoticeTexts.DUTCH), texts.toJson(notice), link, now).update();
        if (email == null || email.isBlank()) {
            return List.of();
        }
        UUID delivery = UUID.randomUUID();
        jdbc.sql("""
                insert into email_delivery (id, notification_id, to_address, status, created_at)
                values (?, ?, ?, 'IN_WACHTRIJ', ?)""").params(delivery, id, email, now).update();
        return List.of(delivery);
    }
}
