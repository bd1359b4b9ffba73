package nl.huisverbod.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A second factor after the password (ASVS 2.8): the demo mayor with an authenticator app, and a role that
 * production requires it of (here the municipal legal officers), whose members enrol at their next login.
 */
@IntegrationTest
@TestPropertySource(properties = {"huisverbod.second-factor.required-roles=GEMEENTE_JURIST", "huisverbod.test.smtp=false"})
class SecondFactorTest extends ApiTestSupport {

    private static final String MAYOR = "burgemeester.tynaarlo";
    private static final byte[] MAYOR_KEY = Totp.fromBase32("HUISVERBODDEMOTWEESTAPSVERIFICAT");

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forget() {
        jdbc.sql("delete from login_throttle").update();
    }

    /** A code is used once, so each test logs in on a later day than any code used before (the clock resets). */
    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

    private static Instant aDayLater() {
        return Instant.parse("2030-01-01T09:00:00Z").plusSeconds(86_400L * DAYS.incrementAndGet());
    }

    private String code(byte[] key) {
        return Totp.code(key, Totp.step(clock.instant()));
    }

    private static String form(String code) {
        return "code=" + code;
    }

    private long audit(String user, String purpose) {
        return jdbc.sql("select count(*) from audit_entry where username = ? and purpose = ?").params(user, purpose)
                .query(Long.class).single();
    }

    @Test
    void the_mayor_with_an_app_gets_nothing_with_the_password_alone_and_everything_with_the_code() {
        clock.set(aDayLater());
        WebSession session = WebSession.afterPassword(port, MAYOR);
        for (String page : new String[] {"/", "/inbox", "/cijfers", "/dossiers/nieuw"}) {
            var r = session.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).endsWith("/tweestaps");
        }
        assertThat(session.get("/tweestaps").body()).contains("Code uit uw app").doesNotContain("Werkvoorraad</a>");

        long failedBefore = audit(MAYOR, "mislukte tweede factor");
        long givenBefore = audit(MAYOR, "tweede factor");
        var wrong = session.post("/tweestaps", "/tweestaps", form("000000".equals(code(MAYOR_KEY)) ? "111111" : "000000"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("De code klopt niet of is verlopen").contains("aria-invalid=\"true\"");
        assertThat(audit(MAYOR, "mislukte tweede factor")).isEqualTo(failedBefore + 1);
        assertThat(session.get("/").statusCode()).as("still only the second step").isEqualTo(302);

        String right = code(MAYOR_KEY);
        var in = session.post("/tweestaps", "/tweestaps", form(right));
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(audit(MAYOR, "tweede factor")).isEqualTo(givenBefore + 1);

        // the code is used up: someone who saw it cannot use it in another session
        WebSession other = WebSession.afterPassword(port, MAYOR);
        assertThat(other.post("/tweestaps", "/tweestaps", form(right)).body()).contains("De code klopt niet");
        // the next code, half a minute later, works
        clock.set(clock.instant().plusSeconds(30));
        other.post("/tweestaps", "/tweestaps", form(code(MAYOR_KEY)));
        assertThat(other.get("/").statusCode()).isEqualTo(200);

        // the password alone does not open the API either
        var apiCall = api.get(MAYOR, "/api/v1/dossiers");
        assertThat(apiCall.status()).isEqualTo(401);
        assertThat(apiCall.body()).contains("tweede factor", "token");
    }

    @Test
    void wrong_codes_lock_the_account_like_wrong_passwords_and_the_right_code_waits_too() {
        clock.set(aDayLater());
        WebSession session = WebSession.afterPassword(port, MAYOR);
        String right = code(MAYOR_KEY);
        String wrong = right.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            session.post("/tweestaps", "/tweestaps", form(wrong));
        }
        assertThat(session.post("/tweestaps", "/tweestaps", form(right)).body()).contains("Te veel mislukte pogingen");
        assertThat(session.get("/").statusCode()).isEqualTo(302);
        clock.set(clock.instant().plusSeconds(16 * 60));
        var after = session.post("/tweestaps", "/tweestaps", form(code(MAYOR_KEY)));
        assertThat(after.statusCode()).as(after.body()).isEqualTo(302);
        assertThat(session.get("/").statusCode()).as("the lockout is short").isEqualTo(200);
    }

    @Test
    void a_role_that_requires_a_second_factor_enrols_at_the_next_login_and_is_asked_for_it_from_then_on() {
        clock.set(aDayLater());
        WebSession first = WebSession.afterPassword(port, "jurist.assen");
        var home = first.get("/");
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/tweestaps/instellen");
        String page = first.get("/tweestaps/instellen").body();
        assertThat(page).contains("<svg").contains("Tweestapsverificatie instellen");
        Matcher key = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(key.find()).isTrue();
        byte[] secret = Totp.fromBase32(key.group(1));
        // a new visit would make a new key: the form is sent from the page that showed this one
        var enrolled = first.submit(page, "/tweestaps/instellen", form(code(secret)));
        assertThat(enrolled.statusCode()).isEqualTo(302);
        assertThat(enrolled.headers().firstValue("Location").orElse("")).contains("tweestaps");
        assertThat(first.get("/").statusCode()).isEqualTo(200);

        clock.set(clock.instant().plusSeconds(60));
        WebSession next = WebSession.afterPassword(port, "jurist.assen");
        assertThat(next.get("/").headers().firstValue("Location").orElse("")).endsWith("/tweestaps");
        next.post("/tweestaps", "/tweestaps", form(code(secret)));
        assertThat(next.get("/").statusCode()).isEqualTo(200);
        jdbc.sql("delete from second_factor where user_id = (select id from app_user where username = 'jurist.assen')")
                .update();
    }
}
