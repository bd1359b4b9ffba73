package nl.huisverbod.subscription;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the delivery log to what is still of use: every night the attempts, deliveries and events older than
 * {@code huisverbod.subscriptions.log-retention} (default 30 days) are removed once they are done with, that
 * is, delivered or of an ended subscription. What is still waiting is never removed, however old: nothing is
 * lost. Safe on several nodes (deletes are idempotent).
 */
@Component
class DeliveryLogPruning {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLogPruning.class);
    private final JdbcClient jdbc;
    private final Duration retention;

    DeliveryLogPruning(JdbcClient jdbc, @Value("${huisverbod.subscriptions.log-retention:P30D}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    record Pruned(int attempts, int deliveries, int events) {
    }

    @Scheduled(cron = "${huisverbod.subscriptions.prune-cron:0 15 4 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public Pruned prune() {
        double seconds = retention.toSeconds();
        int attempts = jdbc.sql("""
                delete from delivery_attempt a where a.attempted_at < now() - make_interval(secs => ?)
                  and (exists (select 1 from subscription s where s.id = a.subscription_id and s.ended_at is not null)
                       or exists (select 1 from subscription_delivery d where d.subscription_id = a.subscription_id
                                  and d.event_seq = a.event_seq and d.delivered_at is not null))""")
                .param(seconds).update();
        int deliveries = jdbc.sql("""
                delete from subscription_delivery d where d.event_seq in (select seq from partner_event
                    where occurred_at < now() - make_interval(secs => ?))
                  and (d.delivered_at is not null
                       or exists (select 1 from subscription s where s.id = d.subscription_id and s.ended_at is not null))
                  and not exists (select 1 from delivery_attempt a where a.subscription_id = d.subscription_id
                                  and a.event_seq = d.event_seq)""")
                .param(seconds).update();
        int events = jdbc.sql("""
                delete from partner_event e where e.occurred_at < now() - make_interval(secs => ?)
                  and not exists (select 1 from subscription_delivery d where d.event_seq = e.seq)
                  and not exists (select 1 from delivery_attempt a where a.event_seq = e.seq)""")
                .param(seconds).update();
        if (attempts + deliveries + events > 0) {
            log.info("Delivery log pruned: {} attempts, {} deliveries, {} events older than {}", attempts, deliveries,
                    events, retention);
        }
        return new Pruned(attempts, deliveries, events);
    }
}
