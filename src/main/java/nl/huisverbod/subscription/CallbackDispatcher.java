package nl.huisverbod.subscription;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import nl.huisverbod.shared.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the queued events (docs/adr/0023). A node takes a subscription with work by a lease (a row lock
 * only for the moment of taking it, no connection held while a receiver answers), delivers its events one by
 * one in their order, and stops at the first that is not taken with a 2xx: that one is tried again after a
 * backoff that doubles up to {@code max-backoff}, and nothing after it goes first. Nothing is dropped: a
 * receiver that was down gets everything once it answers again. A node that dies leaves its lease to expire,
 * then another node continues; the event it was sending may then arrive twice, with the same
 * {@code webhook-id}, which is how the receiver recognises it.
 */
@Component
class CallbackDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CallbackDispatcher.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final String baseUrl;
    private final boolean development;
    private final Duration timeout;
    private final Duration maxBackoff;
    private final Duration lease;
    private final String node = UUID.randomUUID().toString();
    private final HttpClient http;
    private final ExecutorService workers;
    private final Semaphore free;
    private final java.util.Map<Subscription.Format, EventSink> sinks = new java.util.EnumMap<>(Subscription.Format.class);

    CallbackDispatcher(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json, List<EventSink> sinks,
                       ApplicationEventPublisher events,
                       @Value("${huisverbod.base-url}") String baseUrl,
                       @Value("${huisverbod.subscriptions.development-callbacks:false}") boolean development,
                       @Value("${huisverbod.subscriptions.timeout:PT10S}") Duration timeout,
                       @Value("${huisverbod.subscriptions.max-backoff:PT1M}") Duration maxBackoff,
                       @Value("${huisverbod.subscriptions.lease:PT2M}") Duration lease,
                       @Value("${huisverbod.subscriptions.parallel:4}") int parallel) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
        this.baseUrl = baseUrl;
        this.development = development;
        this.timeout = timeout;
        this.maxBackoff = maxBackoff;
        this.lease = lease;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var count = new java.util.concurrent.atomic.AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallel, work -> {
            Thread t = new Thread(work, "callbacks-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.free = new Semaphore(parallel);
        sinks.forEach(sink -> this.sinks.put(sink.format(), sink));
    }

    /** {@code alerted}: people were told this receiver was down (they are told again when it takes an event). */
    record Claimed(UUID id, String callbackUrl, Subscription.Format format, String auth, String secret, int failures,
                   boolean alerted) {
    }

    @Scheduled(fixedDelayString = "${huisverbod.subscriptions.dispatch-interval:PT1S}")
    void dispatch() {
        try {
            while (free.tryAcquire()) {
                Claimed c = claim();
                if (c == null) {
                    free.release();
                    return;
                }
                workers.submit(() -> {
                    try {
                        deliver(c);
                    } catch (RuntimeException e) {
                        log.warn("Delivering to subscription {} failed; it is tried again", c.id(), e);
                    } finally {
                        release(c);
                        free.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Taking a subscription to deliver failed; the next run tries again", e);
        }
    }

    private Claimed claim() {
        return tx.execute(status -> jdbc.sql("""
                update subscription set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
                where id = (select s.id from subscription s join app_user u on u.id = s.user_id
                    where s.ended_at is null and u.enabled and s.next_attempt_at <= now()
                    and (s.lease_until is null or s.lease_until < now())
                    and exists (select 1 from subscription_delivery d where d.subscription_id = s.id and d.delivered_at is null)
                    order by s.next_attempt_at limit 1 for update of s skip locked)
                returning id, callback_url, format, auth_header, signing_secret, failures, alerted_at is not null as alerted""")
                .params(node, (double) lease.toSeconds())
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("callback_url"),
                        Subscription.Format.valueOf(rs.getString("format")), rs.getString("auth_header"),
                        rs.getString("signing_secret"), rs.getInt("failures"), rs.getBoolean("alerted")))
                .optional().orElse(null));
    }

    private void deliver(Claimed c) {
        while (true) {
            List<PartnerEvent> events = jdbc.sql("""
                    select e.* from subscription_delivery d join partner_event e on e.seq = d.event_seq
                    where d.subscription_id = ? and d.delivered_at is null order by d.event_seq limit ?""")
                    .params(c.id(), BATCH)
                    .query((rs, n) -> new PartnerEvent(rs.getLong("seq"), rs.getObject("id", UUID.class),
                            rs.getString("kind"), rs.getObject("dossier_id", UUID.class), rs.getString("resource_path"),
                            rs.getString("gemeente_code"), rs.getString("detail"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("trace_id")))
                    .list();
            for (PartnerEvent e : events) {
                if (!send(c, e)) {
                    return;
                }
            }
            if (events.size() < BATCH) {
                return;
            }
        }
    }

    /** Sends one event; true when it was taken and this node still holds the subscription. */
    private boolean send(Claimed c, PartnerEvent e) {
        long started = System.nanoTime();
        Integer status = null;
        String error = CallbackAddress.problem(c.callbackUrl(), development).map(code -> "refused: " + code).orElse(null);
        EventSink sink = sinks.get(c.format());
        if (error == null && sink != null) {
            try {
                EventSink.Outcome outcome = sink.pass(c.id(), e);
                status = outcome.status();
                error = outcome.error();
            } catch (RuntimeException ex) {
                log.warn("Passing event {} to subscription {} failed; it is tried again", e.id(), c.id(), ex);
                error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
            }
        } else if (error == null) {
            CallbackMessage message = CallbackMessage.of(c.format(), e, baseUrl, json);
            long timestamp = System.currentTimeMillis() / 1000;
            var request = HttpRequest.newBuilder(URI.create(c.callbackUrl().trim())).timeout(timeout)
                    .header("Content-Type", message.contentType())
                    .header("User-Agent", "huisverbod-keten")
                    .header("webhook-id", e.id().toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", message.signature(c.secret(), timestamp))
                    .header("traceparent", TraceContext.inTrace(e.traceId()).header())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(message.body()));
            if (c.auth() != null) {
                request.header("Authorization", c.auth());
            }
            try {
                status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException ex) {
                error = (ex.getClass().getSimpleName() + ": " + ex.getMessage());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
        }
        boolean taken = status != null && status >= 200 && status < 300;
        int millis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        String logged = error == null ? null : error.length() > 300 ? error.substring(0, 300) : error;
        Integer answered = status;
        return Boolean.TRUE.equals(tx.execute(s -> {
            jdbc.sql("insert into delivery_attempt (subscription_id, event_seq, attempted_at, status_code, error, duration_ms) values (?, ?, now(), ?, ?, ?)")
                    .params(c.id(), e.seq(), answered, logged, millis).update();
            jdbc.sql("update subscription_delivery set attempts = attempts + 1, delivered_at = case when ? then now() end where subscription_id = ? and event_seq = ?")
                    .params(taken, c.id(), e.seq()).update();
            if (!taken) {
                jdbc.sql("""
                        update subscription set failures = failures + 1, failing_since = coalesce(failing_since, now()),
                            next_attempt_at = now() + make_interval(secs => ?) where id = ?""")
                        .params(backoffSeconds(c.failures() + 1), c.id()).update();
                return false;
            }
            if (c.alerted()) {
                StalledDeliveries.resumed(jdbc, c.id()).ifPresent(events::publishEvent);
            }
            return jdbc.sql("update subscription set failures = 0, failing_since = null, lease_until = now() + make_interval(secs => ?) where id = ? and lease_owner = ? and ended_at is null")
                    .params((double) lease.toSeconds(), c.id(), node).update() == 1;
        }));
    }

    /** 1 s after the first failure, doubling, at most {@code max-backoff}. */
    double backoffSeconds(int failures) {
        double seconds = Math.pow(2, Math.min(failures - 1, 30));
        return Math.min(seconds, maxBackoff.toMillis() / 1000.0);
    }

    private void release(Claimed c) {
        jdbc.sql("update subscription set lease_owner = null, lease_until = null where id = ? and lease_owner = ?")
                .params(c.id(), node).update();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
