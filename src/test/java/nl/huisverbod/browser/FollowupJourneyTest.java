package nl.huisverbod.browser;

import static nl.huisverbod.support.BrowserSession.button;
import static nl.huisverbod.support.BrowserSession.link;
import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.decision.OrderEnding;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After the order in a real browser: the coordinator refers to help, the providing partner records its steps, inventories the
 * problems, monitors against the agreed moments, writes the report and closes the case with its outcome.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowupJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    OrderEnding orderEnding;
    @Autowired
    Organisations organisations;
    BrowserSession browser;
    String hub;
    String caseId;

    static Instant at(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, LegalTime.ZONE).toInstant();
    }

    @BeforeAll
    void anOrderThatEnded() {
        browser = new BrowserSession(port);
        clock.set(at(1, 5, 10));
        Api api = new Api(port);
        CaseFixture cases = new CaseFixture(api);
        caseId = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + caseId + "/besluit", cases.impose("Mishandeling.")), 200);
        require(api.post("vt.drenthe", "/api/v1/dossiers/" + caseId + "/hulpverlening/aanvaarding", Map.of()), 201);
        clock.set(at(1, 15, 11));
        orderEnding.endDueOrders();
        clock.set(at(1, 20, 10));
        hub = "/dossiers/" + caseId + "/hulp";
    }

    @AfterAll
    void stop() {
        browser.close();
        clock.reset();
    }

    @Test
    @Order(1)
    void the_coordinator_refers_the_evicted_person_and_a_step_out_of_order_is_refused() {
        Page vt = browser.loginAs("vt.drenthe", false);
        vt.navigate(browser.url(hub));
        link(vt, "Verwijzing naar een hulpprogramma").click(); vt.waitForLoadState();
        browser.scan(vt, "nazorg-verwijzing");
        vt.locator("#f-persoonId").selectOption(new SelectOption().setLabel("Piet Testpersoon (Uithuisgeplaatste)"));
        vt.locator("#f-programma").selectOption(new SelectOption().setLabel("Agressieregulatietraining"));
        vt.locator("#f-gestartOp").fill("2026-01-20");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#error-summary").textContent()).contains("Vul eerst de eerdere stap in.");
        assertThat(vt.locator("#f-programma").inputValue()).isEqualTo("AGRESSIEREGULATIE");
        browser.scan(vt, "nazorg-verwijzing-fout");
        vt.locator("#f-gestartOp").fill("");
        vt.locator("#f-geaccepteerdOp").fill("2026-01-20");
        vt.locator("#f-warmeOverdracht").check();
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#nazorg").textContent()).contains("Piet Testpersoon", "Agressieregulatietraining",
                "Geaccepteerd op 20-01-2026");
    }

    @Test
    @Order(2)
    void the_providing_partner_records_the_start_but_not_the_offer() {
        Api api = new Api(port);
        UUID amw = organisations.ofType(OrganisationType.ZORGAANBIEDER).stream()
                .filter(o -> o.name().equals("Algemeen Maatschappelijk Werk Drenthe")).findFirst().orElseThrow().id();
        require(api.post("vt.drenthe", "/api/v1/dossiers/" + caseId + "/hulpverlening/team", Map.of("functie", "PARTNER",
                "partnerSoort", "AMW", "organisationId", amw)), 201);
        Page partner = browser.loginAs("amw", false);
        partner.navigate(browser.url(hub));
        link(partner, "Agressieregulatietraining").click(); partner.waitForLoadState();
        assertThat(partner.locator("main").textContent()).contains("Leg de stappen vast van de hulp die uw organisatie geeft");
        assertThat(partner.locator("#f-programma").count()).isZero();
        browser.scan(partner, "nazorg-verwijzing-partner");
        partner.locator("#f-gestartOp").fill("2026-01-20");
        button(partner, "Opslaan").click(); partner.waitForLoadState();
        assertThat(partner.locator("#nazorg").textContent()).contains("Agressieregulatietraining", "Gestart op (intake) 20-01-2026");
    }

    @Test
    @Order(3)
    void the_problems_are_inventoried_at_the_start() {
        Page vt = browser.loginAs("vt.drenthe", false);
        vt.navigate(browser.url(hub));
        link(vt, "Probleeminventarisatie bij de start: Piet Testpersoon").click(); vt.waitForLoadState();
        browser.scan(vt, "nazorg-inventaris");
        for (String domain : new String[] {"RELATIE", "WERK", "WONEN", "FINANCIEN", "SOCIAAL_NETWERK",
                "PSYCHISCHE_GEZONDHEID", "VERSLAVING", "GEZIN_VAN_HERKOMST"}) {
            vt.locator("#f-scores-" + domain.replace('_', '-')).selectOption(domain.equals("RELATIE") ? "3" : "1");
        }
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#nazorg").textContent()).contains("bij de start: ");
    }

    @Test
    @Order(4)
    void monitoring_after_six_weeks_meets_its_deadline_and_the_report_is_written() {
        clock.set(at(2, 20, 10));
        Page vt = browser.loginAs("vt.drenthe", false);
        vt.navigate(browser.url(hub));
        link(vt, "Monitoringcontact vastleggen").click(); vt.waitForLoadState();
        vt.locator("#f-bereikt input[value=true]").check();
        vt.locator("#f-situatie").selectOption("VEILIG");
        vt.locator("#f-nieuwGeweld input[value=false]").check();
        vt.locator("#f-notitie").fill("Rustig; training loopt.");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        Locator row = vt.locator("#termijnen tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Monitoringcontact 6 weken na het einde"));
        assertThat(row.textContent()).contains("op tijd");
        link(vt, "Monitoringrapport opstellen").click(); vt.waitForLoadState();
        vt.locator("#f-tekst").fill("Geen nieuw geweld; de uithuisgeplaatste volgt de training.");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#nazorg").textContent()).contains("Monitoringrapport: Geen nieuw geweld");
        browser.scan(vt, "nazorg-monitoring");
    }

    @Test
    @Order(5)
    void the_case_is_closed_with_its_outcome_coded() {
        Page vt = browser.loginAs("vt.drenthe", false);
        vt.navigate(browser.url(hub));
        link(vt, "Dossier afsluiten (uitkomst coderen)").click(); vt.waitForLoadState();
        browser.scan(vt, "nazorg-afsluiting");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#error-summary").textContent()).contains("Dit veld is verplicht");
        vt.locator("#f-geweldstype").selectOption("PARTNER");
        vt.locator("#f-aard-FYSIEK").check();
        vt.locator("#f-kindermishandeling").selectOption("BREED");
        vt.locator("#f-ernst").selectOption("ERNSTIG");
        for (String f : new String[] {"intiemTerrorisme", "eerderHuisverbod", "bekendBijVtOfPolitie",
                "huishoudenVeranderd", "partnersUitElkaar"}) {
            vt.locator("#f-" + f).selectOption("NEE");
        }
        vt.locator("#f-steunendNetwerk").selectOption("GEDEELTELIJK");
        vt.locator("#f-dreigingAfgenomen").selectOption("AFGENOMEN");
        for (String f : new String[] {"hulpGestartIemand", "hulpGestartAchterblijvers", "hulpGestartUithuisgeplaatste"}) {
            vt.locator("#f-" + f).selectOption("GELUKT");
        }
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#nazorg").textContent()).contains("Dossier afgesloten.", "Partnergeweld", "Ernstig");
        browser.scan(vt, "nazorg-gesloten");
        vt.navigate(browser.url("/dossiers/" + caseId));
        assertThat(vt.locator("main").textContent()).contains("Gesloten");
    }

    @Test
    @Order(6)
    void the_police_report_a_new_incident_and_the_case_shows_repeat_violence() {
        Page police = browser.loginAs("agent", false);
        police.navigate(browser.url("/dossiers/" + caseId));
        link(police, "Nieuw incident melden").click(); police.waitForLoadState();
        browser.scan(police, "incident-melden");
        button(police, "Opslaan").click(); police.waitForLoadState();
        assertThat(police.locator("#error-summary").textContent()).contains("Dit veld is verplicht");
        police.locator("#f-bron").selectOption("POLITIE");
        police.locator("#f-nummer").fill("PL0100-2026-555001");
        police.locator("#f-datum").fill("2026-02-15");
        police.locator("#f-aard").selectOption("BEDREIGING");
        police.locator("input[name^='persoon.']").first().check();
        button(police, "Opslaan").click(); police.waitForLoadState();
        assertThat(police.locator("#incidenten").textContent()).contains("15-02-2026", "Bedreiging",
                "Herhaald geweld tot nu toe", "1 nieuw(e) incident(en)");
        police.navigate(browser.url("/gemiste-zaken"));
        browser.scan(police, "gemiste-zaken");
    }
}
