package nl.huisverbod.browser;

import static nl.huisverbod.support.BrowserSession.button;
import static nl.huisverbod.support.BrowserSession.link;
import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The officer of the OM, told of an order with an arrest, opens the case from the inbox and records the OM's
 * decision in the criminal track, on a phone and at a desk; an outcome that does not belong to the step is
 * refused in words, and Veilig Thuis hears of the decision (domain.md §8).
 */
@IntegrationTest
class ProsecutorJourneyTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void the_prosecutor_opens_the_case_from_the_notice_and_records_the_oms_decision(boolean phone) {
        Api api = new Api(port);
        CaseFixture cases = new CaseFixture(api);
        String caseId = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + caseId + "/besluit", cases.impose("Bedreiging met een mes.")), 200);
        String number = api.get("hovj", "/api/v1/dossiers/" + caseId).json().path("nummer").asString();
        String suffix = phone ? "-telefoon" : "";
        try (BrowserSession browser = new BrowserSession(port)) {
            Page om = browser.loginAs("om.noord", phone);
            om.navigate(browser.url("/inbox?dossier=" + caseId));
            assertThat(om.locator("main").innerText()).contains("Huisverbod opgelegd in Assen (" + number + ")",
                    "aanhouding");
            browser.scan(om, "om-inbox" + suffix);
            om.locator("main article").first().getByRole(com.microsoft.playwright.options.AriaRole.LINK).first().click();
            om.waitForLoadState();
            assertThat(om.locator("h1").innerText()).contains(number);
            browser.scan(om, "om-dossier" + suffix);

            link(om, "Stap in het strafrechtelijk traject vastleggen").click();
            om.waitForLoadState();
            om.getByLabel("Stap", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Beslissing OM"));
            om.getByLabel("Uitkomst", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Contactverbod"));
            button(om, "Opslaan").click();
            om.waitForLoadState();
            assertThat(om.locator("#error-summary").innerText()).contains("Uitkomst",
                    "Deze uitkomst hoort niet bij de gekozen stap");
            browser.scan(om, "om-strafrecht-fout" + suffix);

            om.getByLabel("Uitkomst", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Voorwaardelijk sepot"));
            om.getByLabel("Toelichting", new Page.GetByLabelOptions().setExact(true))
                    .fill("Voorwaarde: meewerken aan de hulp van Veilig Thuis.");
            button(om, "Opslaan").click();
            om.waitForLoadState();
            assertThat(om.locator("#strafrecht").innerText()).contains("Beslissing OM: Voorwaardelijk sepot",
                    "meewerken aan de hulp");
            browser.scan(om, "om-strafrecht" + suffix);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("vt.drenthe", "/api/v1/inbox").body()
                .contains("Strafrechtelijk traject (" + number + ")"));
    }
}
