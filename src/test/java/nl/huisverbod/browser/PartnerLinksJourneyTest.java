package nl.huisverbod.browser;

import static nl.huisverbod.support.BrowserSession.button;
import static nl.huisverbod.support.BrowserSession.link;
import static nl.huisverbod.support.BrowserSession.openMenu;
import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.CallbackReceiver;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The functional administrator links a partner's system, on a phone and at a desk: a form that names what is
 * missing, the signing key shown once, and a delivery log that shows the event arrived.
 */
@IntegrationTest
class PartnerLinksJourneyTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void the_administrator_links_a_partners_system_and_sees_its_events_arrive(boolean phone) {
        Api api = new Api(port);
        try (BrowserSession browser = new BrowserSession(port); CallbackReceiver receiver = CallbackReceiver.start()) {
            Page admin = browser.loginAs("beheerder", phone);
            openMenu(admin);
            link(admin, "Koppelingen").click();
            admin.waitForLoadState();
            assertThat(admin.locator("h1").textContent()).isEqualTo("Koppelingen met systemen van partners");
            browser.scan(admin, "koppelingen" + (phone ? "-telefoon" : ""));

            button(admin, "Koppeling aanmaken").click();
            admin.waitForLoadState();
            assertThat(admin.locator("#error-summary").textContent())
                    .contains("Systeem", "Kies het systeem van de partner", "Adres van het ontvangende systeem",
                            "Kies ZGW Notificaties of CloudEvents", "Gebeurtenissen", "Kies minstens één gebeurtenis")
                    .doesNotContain("Dit veld is verplicht");
            assertThat(admin.locator("#error-summary li").count()).isEqualTo(4);

            admin.getByLabel("Systeem", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption()
                    .setLabel("Zaaksysteem (systeem.politie-noord-nederland)"));
            admin.getByLabel("Adres van het ontvangende systeem", new Page.GetByLabelOptions().setExact(true)).fill(receiver.url());
            admin.getByLabel("CloudEvents 1.0").check();
            admin.getByLabel("Huisverbod opgelegd", new Page.GetByLabelOptions().setExact(true)).check();
            button(admin, "Koppeling aanmaken").click();
            admin.waitForLoadState();
            assertThat(admin.locator("main").textContent()).contains("Sleutel voor de handtekening", "whsec_",
                    "maar één keer getoond");
            browser.scan(admin, "koppeling-nieuw" + (phone ? "-telefoon" : ""));
            String detail = admin.url();

            CaseFixture cases = new CaseFixture(api);
            String id = cases.readyForDecision("hovj", "GM0106");
            require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
            // the attempt is logged after the receiver answered: wait for the log, not only for the receiver
            String subscription = detail.substring(detail.lastIndexOf('/') + 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("beheerder", "/api/v1/abonnementen/"
                    + subscription + "/afleveringen").json().valueStream().anyMatch(a -> a.path("afgeleverd").asBoolean()));

            admin.navigate(detail);
            assertThat(admin.locator("main").textContent()).contains("Afgeleverd (HTTP 204)", "Huisverbod opgelegd")
                    .doesNotContain("whsec_");
            browser.scan(admin, "koppeling-afleverlog" + (phone ? "-telefoon" : ""));
            button(admin, "Koppeling beëindigen").click();
            admin.waitForLoadState();
            assertThat(admin.locator("main").textContent()).contains("De koppeling is beëindigd");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void the_administrator_registers_a_partner_systems_public_key_and_a_private_one_is_refused(boolean phone)
            throws Exception {
        var key = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
                .keyID("vt-drenthe-" + (phone ? "telefoon" : "bureau")).generate();
        try (BrowserSession browser = new BrowserSession(port)) {
            Page admin = browser.loginAs("beheerder", phone);
            admin.navigate(browser.url("/beheer/abonnementen"));
            link(admin, "Systemen van partners en hun sleutels").click();
            admin.waitForLoadState();
            assertThat(admin.locator("h1").textContent()).isEqualTo("Systemen van partners");
            assertThat(admin.locator("main").textContent()).contains("Zaaksysteem (systeem.veilig-thuis-drenthe)",
                    "Veilig Thuis Drenthe", "Een gedeeld geheim");

            admin.getByLabel("Systeem", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption()
                    .setLabel("Zaaksysteem (systeem.veilig-thuis-drenthe)"));
            admin.getByLabel("Publieke sleutels (JWK Set)").fill(new com.nimbusds.jose.jwk.JWKSet(key).toString(false));
            button(admin, "Vastleggen").click();
            admin.waitForLoadState();
            assertThat(admin.locator("#error-summary").textContent()).contains("Publieke sleutels: Deze sleutel bevat een privé-deel");
            assertThat(admin.getByLabel("Publieke sleutels (JWK Set)").inputValue()).as("what was pasted stays")
                    .contains(key.getKeyID());
            browser.scan(admin, "systemen-fout" + (phone ? "-telefoon" : ""));

            admin.getByLabel("Publieke sleutels (JWK Set)").fill(new com.nimbusds.jose.jwk.JWKSet(key).toPublicJWKSet().toString());
            button(admin, "Vastleggen").click();
            admin.waitForLoadState();
            assertThat(admin.locator("main").textContent()).contains("De sleutels zijn vastgelegd", key.getKeyID(),
                    "Een eigen sleutel (ondertekend verzoek)");
            browser.scan(admin, "systemen" + (phone ? "-telefoon" : ""));
        }
    }
}
