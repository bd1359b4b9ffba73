package nl.huisverbod.browser;

import static nl.huisverbod.support.BrowserSession.button;
import static nl.huisverbod.support.BrowserSession.link;
import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Decisions that hold in court, in a real browser on a phone (issue 11): at night a HOvJ registers at an
 * Assen address without choosing the municipality and imposes orally, confirming what it will do; the next
 * morning the police record when the written beschikking was served; the mayor extends only once the evicted
 * person has been heard, and the verlengingsbeschikking reads as a letter a court accepts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightOrderJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    BrowserSession browser;
    Api api;
    String caseId;

    static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 9, day, hour, minute, 0, 0, LegalTime.ZONE).toInstant();
    }

    @BeforeAll
    void start() {
        browser = new BrowserSession(port);
        api = new Api(port);
    }

    @AfterAll
    void stop() {
        browser.close();
        clock.reset();
    }

    @Test
    @Order(1)
    void at_night_a_hovj_on_a_phone_registers_at_an_assen_address_without_choosing_the_municipality() {
        clock.set(at(10, 2, 30));
        Page page = browser.loginAs("hovj", true);
        page.navigate(browser.url("/dossiers/nieuw"));
        page.locator("#f-incidentNummer").fill("PL0100-2026-555001");
        page.locator("#f-arrest input[value=false]").check();
        page.locator("#f-straat").fill("Vaart Zuidzijde");
        page.locator("#f-huisnummer").fill("8");
        page.locator("#f-postcode").fill("9401 GE");
        page.locator("#f-woonplaats").fill("Assen");
        String[][] people = {{"Sander", "Bakker", "1981-04-17"}, {"Linda", "Bakker", "1983-08-09"},
                {"Mees", "Bakker", "2017-01-21"}};
        for (int i = 0; i < people.length; i++) {
            page.locator("#f-personen-" + i + "-voornamen").fill(people[i][0]);
            page.locator("#f-personen-" + i + "-achternaam").fill(people[i][1]);
            page.locator("#f-personen-" + i + "-geboortedatum").fill(people[i][2]);
        }
        assertThat(page.locator("#f-gemeenteCode").inputValue()).isEmpty();
        button(page, "Dossier registreren").click(); page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).startsWith("Dossier HV-");
        assertThat(page.locator("main").textContent()).contains("Vaart Zuidzijde 8, 9401 GE Assen (Assen)");
        caseId = page.url().replaceAll(".*/dossiers/", "").replaceAll("[?#].*", "");
        browser.scan(page, "nacht-geregistreerd");
    }

    @Test
    @Order(2)
    void the_hovj_imposes_orally_at_night_after_a_confirmation_that_says_what_will_happen() {
        CaseFixture cases = new CaseFixture(api);
        cases.criteria("hovj", caseId, true);
        cases.assess("hovj", caseId, List.of("B1", "B3"), false);
        Page page = browser.loginAs("hovj", true);
        page.navigate(browser.url("/dossiers/" + caseId));
        assertThat(page.locator("#next-step").textContent()).isEqualTo("Volgende stap: Besluit");
        page.locator("#next-step").click(); page.waitForLoadState();
        page.locator("#f-feiten").fill("Partner bij de keel gegrepen en met een mes bedreigd; zoon Mees was erbij.");
        page.locator("input[name='uitreiking'][value=MONDELING]").check();
        button(page, "Besluit vastleggen").click(); page.waitForLoadState();
        assertThat(page.locator("#confirm-summary").textContent()).contains("Sander Bakker", "Vaart Zuidzijde 8",
                "Linda Bakker", "Mees Bakker", "nu, bij het vastleggen",
                LegalTime.formatLong(LegalTime.orderEnd(at(10, 2, 30))));
        browser.scan(page, "nacht-bevestigen");
        button(page, "Huisverbod opleggen").click(); page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("Huisverbod opgelegd");
        assertThat(page.locator("#next-step").textContent()).isEqualTo("Volgende stap: Uitreiking");
    }

    @Test
    @Order(3)
    void the_next_morning_the_police_record_when_the_written_beschikking_was_served() {
        clock.set(at(10, 9, 10));
        Page police = browser.loginAs("agent", true);
        police.navigate(browser.url("/dossiers/" + caseId));
        assertThat(police.locator("input[name=method]:checked").count()).as("after an oral order: chosen, not assumed")
                .isZero();
        police.locator("input[name=method][value=IN_PERSOON]").check();
        police.locator("#served-at").fill("2026-09-10T08:45");
        button(police, "Uitreiking vastleggen").click(); police.waitForLoadState();
        assertThat(police.locator("main").textContent()).contains("10-09-2026 08:45");
        JsonNode written = null;
        for (JsonNode t : api.get("hovj", "/api/v1/dossiers/" + caseId + "/termijnen").json()) {
            if (t.path("kind").asString().equals("SCHRIFTELIJKE_BESCHIKKING")) {
                written = t;
            }
        }
        assertThat(written).isNotNull();
        assertThat(written.path("status").asString()).isEqualTo("MET");
        assertThat(Instant.parse(written.path("metAt").asString())).isEqualTo(at(10, 8, 45));
    }

    @Test
    @Order(4)
    void the_mayor_extends_only_after_the_hearing_and_the_letter_names_the_hearing_the_court_and_the_signatory()
            throws Exception {
        clock.set(at(15, 10, 0));
        Page mayor = browser.loginAs("burgemeester.assen", true);
        mayor.navigate(browser.url("/dossiers/" + caseId));
        assertThat(mayor.locator("#extend-grounds").textContent()).contains("Uithuisgeplaatste nog niet gehoord");
        assertThat(mayor.locator("#extend-nietGehoordReden").count()).isOne();

        String evicted = null;
        for (JsonNode p : api.get("jurist.assen", "/api/v1/dossiers/" + caseId).json().path("personen")) {
            if (p.path("rol").asString().equals("UITHUISGEPLAATSTE")) {
                evicted = p.path("id").asString();
            }
        }
        require(api.post("jurist.assen", "/api/v1/dossiers/" + caseId + "/hoorzittingen", Map.of("persoonId", evicted,
                "moment", at(15, 9, 0).toString(), "wijze", "TELEFONISCH",
                "samenvatting", "Wil terug naar huis; ontkent de bedreiging met het mes.")), 201);

        mayor.reload();
        assertThat(mayor.locator("#extend-grounds").textContent()).contains("Uithuisgeplaatste gehoord op 15-09-2026 09:00");
        assertThat(mayor.locator("#extend-nietGehoordReden").count()).as("heard: no reason asked").isZero();
        mayor.locator("#extend-end").fill(mayor.locator("#extend-end").getAttribute("max"));
        mayor.locator("#extend-reasons").fill("Dreiging houdt aan: nieuwe berichten aan de partner.");
        mayor.locator("#extend-zorgadviesOntbreektReden").fill("Het zorgadvies volgt morgen; de dreiging laat niet wachten.");
        mayor.locator("#extend-beleidsadviesOntbreektReden").fill("Volgt op het zorgadvies.");
        browser.scan(mayor, "nacht-verlengen");
        button(mayor, "Huisverbod verlengen").click(); mayor.waitForLoadState();
        Download pdf = mayor.waitForDownload(() -> mayor.locator("a[href*='/beschikkingen/']").last().click());
        String text;
        try (var doc = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Gemeente Assen", "Assen, 15 september 2026", "Verlengingsbeschikking",
                "Kenmerk HV-", "pagina 1 van",
                "De uithuisgeplaatste is op " + LegalTime.formatLong(at(15, 9, 0)) + " telefonisch gehoord",
                "Er is geen zorgadvies. De reden daarvoor is: Het zorgadvies volgt morgen",
                "beroep instellen bij de Rechtbank Noord-Nederland", "De burgemeester van Assen,",
                "burgemeester van Assen")
                .doesNotContain("krachtens mandaat", "(burgemeester Assen)");
    }
}
