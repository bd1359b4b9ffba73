package nl.huisverbod.browser;

import static nl.huisverbod.support.BrowserSession.button;
import static nl.huisverbod.support.BrowserSession.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Nothing typed is lost when the session expires: a HOvJ half-way through the RiHG (30 minutes hearing both
 * parties) presses save, signs in again and sends what they had typed. What was kept is for them only: another
 * person signing in in the same browser never sees it, and a form another site makes the browser post is
 * never kept.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiredSessionJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    BrowserSession browser;
    Api api;

    @BeforeAll
    void start() {
        browser = new BrowserSession(port);
        api = new Api(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void a_hovj_whose_session_expired_half_way_through_the_rihg_signs_in_again_and_loses_nothing() {
        String id = new CaseFixture(api).register("hovj", "GM0106");
        Page page = browser.loginAs("hovj", true);
        saveHalfTheRihgAfterTheSessionExpired(page, id);
        assertThat(page.url()).contains("/login");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).textContent())
                .contains("Uw sessie was verlopen", "is bewaard");
        browser.scan(page, "sessie-verlopen-login");
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id + "/risicotaxatie").status())
                .as("nothing was saved while the session was gone").isEqualTo(404);

        signIn(page, "hovj");
        assertThat(page.locator("h1").textContent()).isEqualTo("Uw invoer is bewaard");
        assertThat(page.locator("main").textContent()).contains("wat u had ingevuld is bewaard");
        browser.scan(page, "sessie-verlopen-bewaard");
        button(page, "Versturen zoals ingevuld").click();
        page.waitForLoadState();

        assertThat(page.locator("main").textContent()).contains("Opgeslagen");
        assertThat(page.locator("input[name='answer.B1.4'][value=JA]").isChecked()).isTrue();
        JsonNode saved = api.get("hovj", "/api/v1/dossiers/" + id + "/risicotaxatie").json();
        assertThat(saved.path("antwoorden").path("B1.4").path("answer").asString()).isEqualTo("JA");
        assertThat(saved.path("antwoorden").path("B1.4").path("source").asString()).isEqualTo("VERHOOR_ACHTERBLIJVER");
        assertThat(saved.path("antwoorden").path("B3.1").path("answer").asString()).isEqualTo("NEE");
        assertThat(saved.path("beoordelingen").path("B1").path("rating").asString()).isEqualTo("ROOD");
        page.context().close();
    }

    @Test
    void what_was_kept_for_one_person_is_thrown_away_unseen_when_another_signs_in_in_that_browser() {
        String id = new CaseFixture(api).register("hovj", "GM0106");
        Page page = browser.loginAs("hovj", false);
        saveHalfTheRihgAfterTheSessionExpired(page, id);

        signIn(page, "agent"); // a colleague at the same desk, allowed on the same case
        assertThat(page.locator("h1").textContent()).isEqualTo("Werkvoorraad");
        page.navigate(browser.url("/bewaard"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Werkvoorraad");
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id + "/risicotaxatie").status()).isEqualTo(404);

        button(page, "Uitloggen").click();
        page.waitForLoadState();
        signIn(page, "hovj");
        assertThat(page.locator("h1").textContent()).as("thrown away, not kept for later").isEqualTo("Werkvoorraad");
        page.context().close();
    }

    @Test
    void a_form_another_site_makes_the_browser_post_is_refused_and_not_kept() throws Exception {
        String id = new CaseFixture(api).register("hovj", "GM0106");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.url("/dossiers/" + id + "/rihg")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("answer.B1.4=JA&action=save")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?verlopen")
                .doesNotContain("bewaard");
    }

    private void saveHalfTheRihgAfterTheSessionExpired(Page page, String id) {
        // this journey is about the form's own post; the draft's autosave is FirstHoursJourneyTest's, and without
        // its script the form saves as before
        page.route("**/js/rihg-autosave.js", route -> route.abort());
        page.navigate(browser.url("/dossiers/" + id + "/rihg"));
        page.locator("#signal-B1 summary").click();
        page.locator("input[name='answer.B1.4'][value=JA]").check();
        page.locator("select[name='source.B1.4']").selectOption("VERHOOR_ACHTERBLIJVER");
        page.locator("#signal-B3 summary").click();
        page.locator("input[name='answer.B3.1'][value=NEE]").check();
        page.locator("input[name='rating.B1'][value=ROOD]").check();
        expireEverySession();
        button(page, "Concept opslaan").click();
        page.waitForLoadState();
    }

    /** Thirty-one minutes without a request, as the session store sees it. */
    private void expireEverySession() {
        jdbc.sql("update spring_session set last_access_time = last_access_time - 31 * 60 * 1000").update();
    }
}
