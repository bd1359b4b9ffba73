package nl.huisverbod.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The mayor deciding from home, on a phone, logs in with the password and the code from an app (axe on every page). */
@IntegrationTest
class SecondFactorJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_mayor_at_home_types_the_code_from_the_app_after_the_password() {
        clock.set(Instant.parse("2035-03-01T21:30:00Z")); // later than any code the other tests used
        byte[] key = Totp.fromBase32("HUISVERBODDEMOTWEESTAPSVERIFICAT");
        try (BrowserSession browser = new BrowserSession(port)) {
            Page page = browser.loginAs("burgemeester.tynaarlo", true);
            assertThat(page.locator("h1").textContent()).isEqualTo("Tweestapsverificatie");
            assertThat(page.locator("nav").count()).as("nothing else to open yet").isZero();
            browser.scan(page, "tweestaps");

            page.getByLabel("Code uit uw app").fill("12345");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorgaan")).click();
            page.waitForLoadState();
            assertThat(page.locator("#error-summary").textContent()).contains("De code klopt niet");
            browser.scan(page, "tweestaps-fout");

            page.getByLabel("Code uit uw app").fill(Totp.code(key, Totp.step(clock.instant())));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorgaan")).click();
            page.waitForLoadState();
            assertThat(page.locator("h1").textContent()).isEqualTo("Werkvoorraad");

            BrowserSession.openMenu(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tweestapsverificatie")).click();
            page.waitForLoadState();
            assertThat(page.locator("h1").textContent()).isEqualTo("Tweestapsverificatie instellen");
            assertThat(page.locator("figure.qr svg").count()).isEqualTo(1);
            browser.scan(page, "tweestaps-instellen");
        }
    }
}
