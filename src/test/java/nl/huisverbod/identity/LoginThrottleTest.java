package nl.huisverbod.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Guessing passwords is slowed per account and per source, briefly, and every attempt is in the audit trail. */
@IntegrationTest
class LoginThrottleTest extends ApiTestSupport {

    @Autowired
    Users users;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    private String newAccount() {
        String name = "gokker" + System.nanoTime();
        users.create(name, "Test gokker", Api.PASSWORD, organisations.ofType(OrganisationType.POLITIE).get(0), Role.POLITIE,
                name + "@demo.huisverbod.example");
        return name;
    }

    private long auditEntries(String username, String action) {
        return jdbc.sql("select count(*) from audit_entry where username = ? and action = ?").params(username, action)
                .query(Long.class).single();
    }

    @Test
    void twelve_wrong_passwords_lock_the_account_briefly_so_that_the_right_one_waits_too() {
        Instant start = Instant.parse("2026-06-01T10:00:00Z");
        clock.set(start);
        String user = newAccount();
        for (int i = 0; i < 12; i++) {
            assertThat(api.getWithPassword(user, "guess-" + i, "/api/v1/dossiers").status()).isEqualTo(401);
        }
        assertThat(api.get(user, "/api/v1/dossiers").status()).as("locked: the right password waits").isEqualTo(401);
        assertThat(auditEntries(user, "LOGIN_FAILED")).isEqualTo(13);

        clock.set(start.plus(Duration.ofMinutes(16)));
        assertThat(api.get(user, "/api/v1/dossiers").status()).as("the lockout is short").isEqualTo(200);
        assertThat(api.getWithPassword(user, "one-more-guess", "/api/v1/dossiers").status()).isEqualTo(401);
        assertThat(api.get(user, "/api/v1/dossiers").status()).as("a success cleared the count").isEqualTo(200);
    }

    @Test
    void a_source_that_guesses_many_accounts_is_refused_for_a_while() {
        Instant start = Instant.parse("2026-06-02T10:00:00Z");
        clock.set(start);
        String victim = newAccount();
        for (int i = 0; i < 30; i++) {
            api.getWithPassword("niemand" + i, "guess", "/api/v1/dossiers");
        }
        assertThat(api.get(victim, "/api/v1/dossiers").status()).isEqualTo(401);
        clock.set(start.plus(Duration.ofMinutes(16)));
        assertThat(api.get(victim, "/api/v1/dossiers").status()).isEqualTo(200);
    }

    @Test
    void a_login_through_the_form_is_in_the_audit_trail_with_its_source() {
        new WebSession(port, "jurist.assen");
        assertThat(jdbc.sql("select details from audit_entry where username = 'jurist.assen' and action = 'LOGIN' order by seq desc limit 1")
                .query(String.class).single()).isEqualTo("vanaf 127.0.0.1");
    }
}
