package nl.huisverbod.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers queued e-mails through SMTP and records the outcome. Failed deliveries are retried by a sweep
 * that claims rows with {@code for update skip locked}, so several nodes never send the same e-mail twice.
 */
@Component
class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);
    static final int MAX_ATTEMPTS = 5;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    EmailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, Clock clock,
               @Value("${huisverbod.mail.from:noreply@huisverbod.example}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    @Transactional
    public void deliver(List<UUID> deliveryIds) {
        for (UUID id : deliveryIds) {
            jdbc.sql("""
                    select e.id, e.to_address, n.subject, n.body, n.link from email_delivery e
                    join notification n on n.id = e.notification_id
                    where e.id = ? and e.status in ('IN_WACHTRIJ', 'MISLUKT') for update of e skip locked""")
                    .param(id).query(rs -> {
                        send(rs.getObject("id", UUID.class), rs.getString("to_address"), rs.getString("subject"),
                                rs.getString("body") + "\n\n" + rs.getString("link"));
                    });
        }
    }

    @Scheduled(fixedDelayString = "${huisverbod.mail.retry-interval:PT1M}")
    @Transactional
    public void retryFailed() {
        List<UUID> failed = jdbc.sql("""
                select id from email_delivery where status = 'MISLUKT' and attempts < ? order by created_at limit 100""")
                .param(MAX_ATTEMPTS).query(UUID.class).list();
        if (!failed.isEmpty()) {
            deliver(failed);
        }
    }

    private void send(UUID deliveryId, String to, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            update(deliveryId, DeliveryStatus.NIET_INGESTELD, null);
            return;
        }
        try {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(text);
            sender.send(message);
            update(deliveryId, DeliveryStatus.VERZONDEN, null);
        } catch (MailException e) {
            log.warn("E-mail {} to {} failed: {}", deliveryId, to, e.getMessage());
            update(deliveryId, DeliveryStatus.MISLUKT, e.getMessage());
        }
    }

    private void update(UUID id, DeliveryStatus status, String error) {
        jdbc.sql("""
                update email_delivery set status = ?, attempts = attempts + 1, last_error = ?,
                    sent_at = case when ? = 'VERZONDEN' then ? else sent_at end where id = ?""")
                .params(status.name(), error == null ? null : error.substring(0, Math.min(error.length(), 1000)),
                        status.name(), Timestamp.from(clock.instant()), id)
                .update();
    }
}
