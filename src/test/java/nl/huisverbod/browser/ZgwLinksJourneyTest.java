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
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.ZgwStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The functional administrator links a municipality's ZGW store, on a phone and at a desk: a form that names
 * every field that is missing, and the link's delivery log that shows the order reached the store.
 */
@IntegrationTest
class ZgwLinksJourneyTest {

    private static final String CATALOGUE = "https://catalogi.assen.example/catalogi/api/v1/";
    private static ZgwStore store;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startStore() {
        store = ZgwStore.start();
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void the_administrator_links_a_municipalitys_zgw_store_and_sees_the_order_arrive(boolean phone) {
        Api api = new Api(port);
        try (BrowserSession browser = new BrowserSession(port)) {
            Page admin = browser.loginAs("beheerder", phone);
            openMenu(admin);
            link(admin, "Koppelingen").click();
            admin.waitForLoadState();
            link(admin, "Zaaksystemen (ZGW) van gemeenten koppelen").click();
            admin.waitForLoadState();
            assertThat(admin.locator("h1").textContent()).isEqualTo("ZGW-zaaksystemen van gemeenten");
            browser.scan(admin, "zgw-koppelingen" + (phone ? "-telefoon" : ""));

            button(admin, "Zaaksysteem koppelen").click();
            admin.waitForLoadState();
            assertThat(admin.locator("#error-summary").textContent()).contains("Systeem van de gemeente",
                    "Adres van de Zaken API", "RSIN van de gemeente", "Zaaktype tijdelijk huisverbod",
                    "Statustype beëindigd", "Geheim bij het zaaksysteem");
            browser.scan(admin, "zgw-koppelingen-fouten" + (phone ? "-telefoon" : ""));

            admin.getByLabel("Systeem van de gemeente", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Zaaksysteem (systeem.gemeente-assen)"));
            Map<String, String> values = Map.ofEntries(
                    Map.entry("Adres van de Zaken API", store.root("zaken")),
                    Map.entry("Adres van de Besluiten API", store.root("besluiten")),
                    Map.entry("Adres van de Documenten API", store.root("documenten")),
                    Map.entry("RSIN van de gemeente", "001005650"),
                    Map.entry("Zaaktype tijdelijk huisverbod", CATALOGUE + "zaaktypen/huisverbod"),
                    Map.entry("Besluittype oplegging", CATALOGUE + "besluittypen/oplegging"),
                    Map.entry("Besluittype verlenging", CATALOGUE + "besluittypen/verlenging"),
                    Map.entry("Besluittype intrekking", CATALOGUE + "besluittypen/intrekking"),
                    Map.entry("Statustype opgelegd", CATALOGUE + "statustypen/opgelegd"),
                    Map.entry("Statustype verlengd", CATALOGUE + "statustypen/verlengd"),
                    Map.entry("Statustype beëindigd (eindstatus)", CATALOGUE + "statustypen/beeindigd"),
                    Map.entry("Resultaattype", CATALOGUE + "resultaattypen/afgehandeld"),
                    Map.entry("Informatieobjecttype beschikking", CATALOGUE + "informatieobjecttypen/beschikking"),
                    Map.entry("Client-id bij het zaaksysteem", "huisverbod-keten"),
                    Map.entry("Geheim bij het zaaksysteem", "een-geheim-dat-open-zaak-uitgaf"));
            values.forEach((label, value) -> admin.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value));
            button(admin, "Zaaksysteem koppelen").click();
            admin.waitForLoadState();
            assertThat(admin.locator("main").textContent()).contains("ZGW-zaaksysteem van de gemeente")
                    .doesNotContain("een-geheim-dat-open-zaak-uitgaf");
            String detail = admin.url();

            CaseFixture cases = new CaseFixture(api);
            String id = cases.readyForDecision("hovj", "GM0106");
            int before = store.calls("zaken", "POST", "zaken").size();
            require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> store.calls("zaken", "POST", "zaken").size() > before);
            String subscription = detail.substring(detail.lastIndexOf('/') + 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("beheerder", "/api/v1/abonnementen/" + subscription
                    + "/afleveringen").json().valueStream().anyMatch(a -> a.path("afgeleverd").asBoolean()));

            admin.navigate(detail);
            assertThat(admin.locator("main").textContent()).contains("Afgeleverd (HTTP 201)", "Huisverbod opgelegd");
            browser.scan(admin, "zgw-koppeling-afleverlog" + (phone ? "-telefoon" : ""));
            button(admin, "Koppeling beëindigen").click();
            admin.waitForLoadState();
            assertThat(admin.locator("main").textContent()).contains("De koppeling is beëindigd");
        }
    }
}
