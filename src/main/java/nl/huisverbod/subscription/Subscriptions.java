package nl.huisverbod.subscription;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.Role;
import nl.huisverbod.identity.UserAccount;
import nl.huisverbod.identity.Users;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribing, listing and ending subscriptions. A subscription is its owner's: the account (usually a
 * partner's system) whose need-to-know decides what it is told. Only the owner and the functional
 * administrator see it; to anyone else it does not exist.
 */
@Service
public class Subscriptions {

    /** What a subscriber asks for; {@code auth} is the ZGW Notificaties "auth", sent as Authorization. */
    public record Request(String callbackUrl, String formaat, List<String> soorten, String auth) {
    }

    /** A new subscription and its signing secret, which is shown this once. */
    public record Created(Subscription subscription, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Users users;
    private final PartnerEvents events;
    private final Clock clock;
    private final boolean development;

    Subscriptions(JdbcClient jdbc, Users users, PartnerEvents events, Clock clock,
                  @Value("${huisverbod.subscriptions.development-callbacks:false}") boolean development) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.development = development;
    }

    /** The caller subscribes its own account. */
    @Transactional
    public Created subscribe(CurrentUser caller, Request request) {
        if (caller.has(Role.ONDERZOEKER, Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("role " + caller.role() + " sees no cases and is told of none");
        }
        return create(caller.userId(), request, validate(request, new Violations(), false));
    }

    /** The functional administrator subscribes a partner's system account, e.g. when setting up a link. */
    @Transactional
    public Created subscribeFor(CurrentUser administrator, String username, Request request) {
        requireAdministrator(administrator);
        UserAccount account = linkable(username);
        var v = new Violations().require(account != null, "account", "subscription.account.unknown");
        Subscription.Format format = validate(request, v, false);
        return create(account.id(), request, format);
    }

    /**
     * The functional administrator links a system account to a store that takes the events itself (an
     * {@link EventSink}'s format): the module behind that format stores its own settings in the same
     * transaction. {@code more} holds what that module found wrong in them, reported with these.
     */
    @Transactional
    public Subscription subscribeSink(CurrentUser administrator, String username, Request request, Violations more) {
        requireAdministrator(administrator);
        UserAccount account = linkable(username);
        more.require(account != null, "account", "subscription.account.unknown");
        Subscription.Format format = validate(request, more, true);
        return create(account.id(), request, format).subscription();
    }

    private Created create(UUID owner, Request r, Subscription.Format format) {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        String secret = Base64.getEncoder().encodeToString(key);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into subscription (id, user_id, callback_url, format, kinds, auth_header, signing_secret,
                    created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, now())""")
                .params(id, owner, r.callbackUrl().trim(), format.name(),
                        r.soorten().stream().distinct().toArray(String[]::new),
                        r.auth() == null || r.auth().isBlank() ? null : r.auth().trim(), secret, now)
                .update();
        return new Created(find(id), "whsec_" + secret);
    }

    /** Checks the request, adding to what {@code v} already found, and throws everything at once. */
    private Subscription.Format validate(Request r, Violations v, boolean sink) {
        if (r.callbackUrl() == null || r.callbackUrl().isBlank()) {
            v.add("callbackUrl", "subscription.callback.required");
        } else if (r.callbackUrl().length() > 1000) {
            v.add("callbackUrl", "validation.tooLong", 1000);
        } else {
            CallbackAddress.problem(r.callbackUrl(), development).ifPresent(code -> v.add("callbackUrl", code));
        }
        Subscription.Format format = Arrays.stream(Subscription.Format.values())
                .filter(f -> f.name().equals(r.formaat())).findFirst().orElse(null);
        v.require(format != null && format.isCallback() != sink, "formaat", "subscription.format.unknown");
        if (r.soorten() == null || r.soorten().isEmpty()) {
            v.add("soorten", "subscription.kinds.required");
        } else {
            for (int i = 0; i < r.soorten().size(); i++) {
                v.require(PartnerEventKind.byCode(r.soorten().get(i)).isPresent(), "soorten[" + i + "]",
                        "subscription.kind.unknown");
            }
        }
        v.optionalText(r.auth(), "auth", 1000);
        v.throwIfAny();
        return format;
    }

    /** The caller's own subscriptions; every subscription for the functional administrator. */
    @Transactional(readOnly = true)
    public List<Subscription> visibleTo(CurrentUser caller) {
        boolean all = caller.has(Role.FUNCTIONEEL_BEHEERDER);
        return jdbc.sql(SELECT + (all ? "" : " where s.user_id = ?") + " order by s.created_at desc")
                .params(all ? List.of() : List.of(caller.userId())).query(Subscriptions::row).list();
    }

    @Transactional(readOnly = true)
    public Subscription get(CurrentUser caller, UUID id) {
        Subscription s = find(id);
        if (!caller.has(Role.FUNCTIONEEL_BEHEERDER) && !s.userId().equals(caller.userId())) {
            throw new NotFoundException("abonnement");
        }
        return s;
    }

    /**
     * Queues for a new subscription what happened since {@code since} (the events of its kinds its account may
     * know of), in order: the functional administrator links a store that must hold the orders that already run.
     * Returns how many cases that brings in.
     */
    @Transactional
    public int queueEarlierEvents(CurrentUser administrator, UUID id, Instant since) {
        requireAdministrator(administrator);
        Subscription s = find(id);
        return events.queueEarlier(s.id(), s.userId(), s.kinds(), since);
    }

    /** Ends a subscription: nothing more is sent to it, what was queued is dropped with it. */
    @Transactional
    public void end(CurrentUser caller, UUID id) {
        get(caller, id);
        jdbc.sql("update subscription set ended_at = ? where id = ? and ended_at is null")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    /** The delivery log, newest first. */
    @Transactional(readOnly = true)
    public List<Subscription.Attempt> attempts(CurrentUser caller, UUID id, int limit) {
        return attempts(caller, id, nl.huisverbod.platform.ListRequest.first(Math.max(1, Math.min(limit, 1000))));
    }

    /**
     * The page of a subscription's delivery log that an API caller asked for, newest first unless it asked
     * another order (by the fields of the API's answer, {@code SubscriptionApiController.Aflevering}).
     */
    public List<Subscription.Attempt> attempts(CurrentUser caller, UUID id, nl.huisverbod.platform.ListRequest page) {
        get(caller, id);
        String orderBy = page.order().isEmpty() ? " order by a.id desc" : page.orderBy(ATTEMPT_SORT_COLUMNS, "a.id desc");
        List<Subscription.Attempt> items = jdbc.sql("""
                select a.*, e.id as event_id, e.kind from delivery_attempt a join partner_event e on e.seq = a.event_seq
                where a.subscription_id = ?""" + orderBy + " offset ? limit ?")
                .params(id, page.offset(), page.pageSize())
                .query((rs, n) -> new Subscription.Attempt(rs.getLong("event_seq"), rs.getObject("event_id", UUID.class),
                        rs.getString("kind"), rs.getTimestamp("attempted_at").toInstant(),
                        (Integer) rs.getObject("status_code"), rs.getString("error"), rs.getInt("duration_ms")))
                .list();
        long total = jdbc.sql("select count(*) from delivery_attempt where subscription_id = ?").param(id)
                .query(Long.class).single();
        return page.answer(items, total);
    }

    private static final java.util.Map<String, String> ATTEMPT_SORT_COLUMNS = java.util.Map.of(
            "soort", "e.kind collate \"C\"", "poging", "a.attempted_at", "httpStatus", "a.status_code",
            "fout", "a.error collate \"C\"", "duurMs", "a.duration_ms",
            "afgeleverd", "coalesce(a.status_code between 200 and 299, false)");

    /** An enabled account that may be told of cases, by its username; null when there is none. */
    private UserAccount linkable(String username) {
        return users.findByUsername(username == null ? "" : username.trim())
                .filter(a -> a.enabled() && a.role() != Role.ONDERZOEKER && a.role() != Role.FUNCTIONEEL_BEHEERDER)
                .orElse(null);
    }

    private static void requireAdministrator(CurrentUser u) {
        if (!u.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("only the functional administrator subscribes for another account");
        }
    }

    private Subscription find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(Subscriptions::row).optional()
                .orElseThrow(() -> new NotFoundException("abonnement"));
    }

    private static final String SELECT = """
            select s.*, u.username, o.name as organisation_name,
                (select count(*) from subscription_delivery d where d.subscription_id = s.id and d.delivered_at is null) as pending,
                (select max(d.delivered_at) from subscription_delivery d where d.subscription_id = s.id) as last_delivered
            from subscription s join app_user u on u.id = s.user_id join organisation o on o.id = u.organisation_id""";

    private static Subscription row(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        Timestamp last = rs.getTimestamp("last_delivered");
        Timestamp failing = rs.getTimestamp("failing_since");
        return new Subscription(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("username"), rs.getString("organisation_name"), rs.getString("callback_url"),
                Subscription.Format.valueOf(rs.getString("format")), List.of((String[]) rs.getArray("kinds").getArray()),
                rs.getTimestamp("created_at").toInstant(), ended == null ? null : ended.toInstant(),
                rs.getInt("failures"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getLong("pending"),
                last == null ? null : last.toInstant(), failing == null ? null : failing.toInstant());
    }
}
