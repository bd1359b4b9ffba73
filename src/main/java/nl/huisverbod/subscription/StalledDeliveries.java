package nl.huisverbod.subscription;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A receiver that stays down is retried for as long as it takes, and its events are kept; but after
 * {@code alert-after} (default six hours) without taking one, its organisation and the functional administrators
 * are told, once per outage, and told again when it takes its events again. Which node tells is decided by the
 * row itself (one update sets {@code alerted_at}), so several nodes tell once.
 */
@Component
class StalledDeliveries {

    private static final Logger log = LoggerFactory.getLogger(StalledDeliveries.class);
    private static final String ACCOUNT = """
            (select u.organisation_id from app_user u where u.id = s.user_id) as organisation_id,
            (select u.display_name from app_user u where u.id = s.user_id) as system""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Duration alertAfter;

    StalledDeliveries(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
                      @Value("${huisverbod.subscriptions.alert-after:PT6H}") Duration alertAfter) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.alertAfter = alertAfter;
    }

    @Scheduled(fixedDelayString = "${huisverbod.subscriptions.alert-check:PT1M}")
    void check() {
        try {
            tx.executeWithoutResult(status -> jdbc.sql("""
                    update subscription s set alerted_at = now()
                    where s.ended_at is null and s.alerted_at is null
                      and s.failing_since < now() - make_interval(secs => ?)
                    returning s.id, s.failing_since, %s,
                      (select count(*) from subscription_delivery d
                       where d.subscription_id = s.id and d.delivered_at is null) as waiting""".formatted(ACCOUNT))
                    .param((double) alertAfter.toSeconds())
                    .query((rs, n) -> new DeliveryStalled(rs.getObject("id", UUID.class),
                            rs.getObject("organisation_id", UUID.class), rs.getString("system"),
                            rs.getTimestamp("failing_since").toInstant(), rs.getLong("waiting")))
                    .list().forEach(stalled -> {
                        log.warn("Subscription {} of {} has taken no event since {}; {} events wait for it",
                                stalled.subscriptionId(), stalled.system(), stalled.since(), stalled.waiting());
                        events.publishEvent(stalled);
                    }));
        } catch (RuntimeException e) {
            log.warn("Checking for receivers that stay down failed; the next run tries again", e);
        }
    }

    /** In the dispatcher's transaction, when a receiver whose outage was told takes an event again. */
    static Optional<DeliveryResumed> resumed(JdbcClient jdbc, UUID subscriptionId) {
        return jdbc.sql("""
                update subscription s set alerted_at = null where s.id = ? and s.alerted_at is not null
                returning s.id, %s""".formatted(ACCOUNT)).param(subscriptionId)
                .query((rs, n) -> new DeliveryResumed(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("system")))
                .optional();
    }
}
