package nl.huisverbod.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Password guessing is slowed per account and per source address (OWASP ASVS 2.2.1). After
 * {@code account-limit} failures within the window an account is locked for one minute, doubling with each
 * further failure up to {@code max-lockout}: a guesser gets a handful of tries an hour, and whoever tries to
 * lock someone else out keeps them out for minutes, not days. A source address that fails
 * {@code source-limit} times within the window (many accounts from one place) is refused for
 * {@code max-lockout}. A successful login clears the account's count. Kept in the database, so every node
 * counts the same.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int accountLimit;
    private final int sourceLimit;
    private final Duration window;
    private final Duration maxLockout;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${huisverbod.login.account-limit:5}") int accountLimit,
                  @Value("${huisverbod.login.source-limit:30}") int sourceLimit,
                  @Value("${huisverbod.login.window:PT15M}") Duration window,
                  @Value("${huisverbod.login.max-lockout:PT15M}") Duration maxLockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.sourceLimit = sourceLimit;
        this.window = window;
        this.maxLockout = maxLockout;
    }

    /** Until when a login for this account from this source is refused, if it is. */
    Optional<Instant> lockedUntil(String username, String source) {
        Instant now = clock.instant();
        return jdbc.sql("select max(locked_until) from login_throttle where key in (?, ?) and locked_until > ?")
                .params(accountKey(username), sourceKey(source), Timestamp.from(now))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    void failed(String username, String source) {
        count(accountKey(username), accountLimit, true);
        if (source != null) {
            count(sourceKey(source), sourceLimit, false);
        }
    }

    void succeeded(String username) {
        jdbc.sql("delete from login_throttle where key = ?").param(accountKey(username)).update();
    }

    private void count(String key, int limit, boolean doubling) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                insert into login_throttle (key, failures, first_failure_at) values (?, 1, ?)
                on conflict (key) do update set
                    failures = case when login_throttle.first_failure_at < ? then 1 else login_throttle.failures + 1 end,
                    first_failure_at = case when login_throttle.first_failure_at < ? then excluded.first_failure_at
                                            else login_throttle.first_failure_at end
                returning failures""")
                .params(key, Timestamp.from(now), Timestamp.from(now.minus(window)), Timestamp.from(now.minus(window)))
                .query(Integer.class).single();
        if (failures >= limit) {
            Duration lock = doubling ? lockout(failures - limit) : maxLockout;
            jdbc.sql("update login_throttle set locked_until = ? where key = ?")
                    .params(Timestamp.from(now.plus(lock)), key).update();
        }
    }

    private Duration lockout(int beyond) {
        Duration d = Duration.ofMinutes(1L << Math.min(beyond, 10));
        return d.compareTo(maxLockout) > 0 ? maxLockout : d;
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static String sourceKey(String source) {
        return "source:" + source;
    }
}
