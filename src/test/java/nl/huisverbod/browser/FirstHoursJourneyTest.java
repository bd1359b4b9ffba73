package nl.huisverbod.browser;

import static nl.huisverbod.support.BrowserSession.button;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first hours in a real browser, role by role: the HOvJ on a phone registers, assesses and imposes;
 * the municipality checks; Veilig Thuis finds the case in its inbox; a user without need-to-know is refused
 * and the attempt shows in the audit trail. Every page is scanned with axe.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstHoursJourneyTest {

    @LocalServerPort
    int port;
    BrowserSession browser;
    String caseUrl;

    @BeforeAll
    void startBrowser() {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void the_hovj_registers_the_case_on_a_phone_and_is_told_exactly_what_is_missing() throws Exception {
        Page page = browser.loginAs("hovj", true);
        assertThat(page.locator("h1").textContent()).isEqualTo("Werkvoorraad");
        assertThat(page.locator(".page-header").boundingBox().height)
                .as("on a phone the menu folds away: the header leaves the screen to the work").isLessThan(100);
        browser.scan(page, "werkvoorraad");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw dossier")).click();
        browser.scan(page, "nieuw-dossier");

        button(page, "Dossier registreren").click(); page.waitForLoadState();
        assertThat(page.locator("#error-summary").textContent())
                .contains("Er is niets opgeslagen", "Dit veld is verplicht", "Vul precies één uithuisgeplaatste in")
                // the summary names each field it is about, and which person
                .contains("Straat: Dit veld is verplicht", "Huisnummer: Dit veld is verplicht");
        browser.scan(page, "nieuw-dossier-fouten");

        page.locator("#f-incidentNummer").fill("PL0100-2026-987654");
        page.locator("#f-arrest input[value=true]").check();
        page.locator("#f-straat").fill("Brink");
        page.locator("#f-huisnummer").fill("12");
        page.locator("#f-postcode").fill("9401hs");
        page.locator("#f-woonplaats").fill("Assen");
        // an Emmen mayor for an Assen address is refused; left empty, the municipality follows the postcode
        page.locator("#f-gemeenteCode").selectOption("GM0114");
        fillPerson(page, 0, "Erik", "Brouwer", "1979-06-02");
        fillPerson(page, 1, "Mirjam", "Brouwer", "1982-02-11");
        fillPerson(page, 2, "Daan", "Brouwer", "2015-09-30");
        // three person blocks, and one more on request, with everything typed kept
        assertThat(page.locator("#f-personen-3-voornamen").count()).isZero();
        button(page, "Nog een persoon toevoegen").click(); page.waitForLoadState();
        assertThat(page.locator("#f-personen-3-voornamen").count()).isOne();
        assertThat(page.locator("#f-personen-2-voornamen").inputValue()).isEqualTo("Daan");
        assertThat(page.locator("#f-straat").inputValue()).isEqualTo("Brink");
        assertThat(page.locator("#error-summary").count()).as("nothing checked yet").isZero();
        page.locator("#f-personen-1-bsn").fill("123456789");
        // Enter in a field submits the registration, not "add a person"
        page.locator("#f-personen-1-bsn").press("Enter"); page.waitForLoadState();
        assertThat(page.locator("#error-summary").textContent()).contains("Dit BSN klopt niet (elfproef)",
                "Deze postcode ligt in Assen");
        page.locator("#f-gemeenteCode").selectOption("");
        page.locator("#f-personen-1-bsn").fill("111222333");
        button(page, "Dossier registreren").click(); page.waitForLoadState();

        assertThat(page.locator("h1").textContent()).startsWith("Dossier HV-");
        caseUrl = page.url().replaceAll("\\?.*", "");
        assertThat(page.content()).contains("9401 HS", "******333");
        // the steps of the first hours, with the one next action
        assertThat(page.locator(".steps [aria-current=step]").textContent()).contains("Criteria");
        assertThat(page.locator("#next-step").textContent()).isEqualTo("Volgende stap: Criteria");
        browser.scan(page, "dossier-gemeld");

        Path report = Files.createTempFile("pv-", ".pdf");
        Files.write(report, Api.samplePdf("Proces-verbaal van bevindingen, Brink 12 Assen"));
        page.locator("#doc-soort").selectOption("POLITIERAPPORT");
        page.locator("#doc-bestand").setInputFiles(report);
        button(page, "Document toevoegen").click(); page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("Politierapport (proces-verbaal / mutatie): pv-");
    }

    @Test
    @Order(2)
    void the_hovj_checks_the_criteria_fills_the_rihg_and_imposes_the_order() throws Exception {
        Page page = browser.loginAs("hovj", true);
        page.navigate(caseUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Criteria toetsen")).click();
        browser.scan(page, "criteria");
        for (String criterion : new String[] {"meerderjarig", "woonachtig", "gevaar"}) {
            page.locator("#f-" + criterion + " input[value=true]").check();
            page.locator("#f-" + criterion + "Reden").fill("Vastgesteld ter plaatse en in de BRP.");
        }
        button(page, "Opslaan").click(); page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("Alle criteria zijn vervuld");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("RiHG invullen")).click();
        browser.scan(page, "rihg-leeg");
        assertThat(page.locator("#rihg-progress").textContent()).matches("0 van \\d+ signalen beoordeeld");
        // a rating is saved as a draft by itself a moment later, and the count follows without a click
        page.locator("input[name='rating.A1'][value=GEEL]").check();
        page.waitForCondition(() -> page.locator("#rihg-autosave").textContent().startsWith("Concept automatisch opgeslagen om"),
                new Page.WaitForConditionOptions().setTimeout(10_000));
        LocalTime dutch = LocalTime.now(ZoneId.of("Europe/Amsterdam")).truncatedTo(ChronoUnit.MINUTES);
        assertThat(page.locator("#rihg-autosave").textContent()).as("the server's time in Dutch time, not the phone's")
                .containsAnyOf(dutch.toString(), dutch.minusMinutes(1).toString());
        assertThat(page.locator("#rihg-progress").textContent()).startsWith("1 van ");
        page.reload();
        assertThat(page.locator("input[name='rating.A1'][value=GEEL]").isChecked()).as("saved without a button").isTrue();
        // finalising half-way: the draft is kept and the page says so, not "nothing was saved"
        page.locator("input[name='rating.B1'][value=ROOD]").check();
        button(page, "RiHG definitief vaststellen").click(); page.waitForLoadState();
        assertThat(page.locator("#error-summary").textContent()).contains("Het concept is opgeslagen")
                .doesNotContain("Er is niets opgeslagen");
        assertThat(page.locator("#rihg-progress").textContent()).startsWith("2 van ");
        assertThat(page.locator("#part-red-B").textContent()).isEqualTo("1 rood");
        page.locator("#signal-B1 summary").click();
        page.locator("input[name='answer.B1.4'][value=JA]").check();
        page.locator("select[name='source.B1.4']").selectOption("VERHOOR_ACHTERBLIJVER");
        page.locator("#signal-B3 summary").click();
        page.locator("input[name='answer.B3.1'][value=JA]").check();
        for (String signal : page.locator("section.signal").evaluateAll("els => els.map(e => e.id.substring(7))")
                .toString().replaceAll("[\\[\\] ]", "").split(",")) {
            String rating = signal.equals("B1") || signal.equals("B3") ? "ROOD" : "GEEL";
            page.locator("input[name='rating." + signal + "'][value=" + rating + "]").check();
        }
        button(page, "RiHG definitief vaststellen").click(); page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("RiHG vastgesteld", "huisverbod in beginsel geïndiceerd");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besluit nemen")).click();
        browser.scan(page, "besluit");
        assertThat(page.locator("#f-feiten").inputValue()).contains("Bij \u2018Bedreiging\u2019 is het risico hoog (rood); vastgesteld is: dreigen met doden.");
        page.locator("#f-feiten").fill("Partner met de dood bedreigd en geslagen, zoon Daan was erbij.");
        assertThat(page.locator("input[name='uitreiking']:checked").count())
                .as("how the order is made known is chosen, never assumed (Wth 2(7))").isZero();
        page.locator("input[name='uitreiking'][value=IN_PERSOON]").check();
        button(page, "Besluit vastleggen").click(); page.waitForLoadState();
        // imposing is confirmed on a page that says what it will do
        assertThat(page.locator("h1").textContent()).isEqualTo("Huisverbod opleggen?");
        assertThat(page.locator("#confirm-summary").textContent()).contains("Erik Brouwer", "Brink 12",
                "Mirjam Brouwer", "Daan Brouwer", "Partner met de dood bedreigd");
        browser.scan(page, "besluit-bevestigen");
        button(page, "Huisverbod opleggen").click(); page.waitForLoadState();

        assertThat(page.locator("main").textContent()).contains("Huisverbod opgelegd");
        String endsAt = page.locator("#ends-at").textContent();
        browser.scan(page, "dossier-opgelegd");

        Download download = page.waitForDownload(() -> page.locator("a[href*='/beschikkingen/']").first().click());
        String text;
        try (var doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Erik Brouwer", "Brink 12, 9401 HS Assen", "eindigt op " + endsAt,
                "Partner met de dood bedreigd", "Mirjam Brouwer", "Daan Brouwer", "krachtens mandaat",
                "Deze beschikking wordt aan de uithuisgeplaatste in persoon uitgereikt");

        // serving is its own step, recorded when it happened (Wth 2(7)): the way chosen, the moment now
        assertThat(page.locator("#next-step").textContent()).isEqualTo("Volgende stap: Uitreiking");
        assertThat(page.locator("#serving-title + p").textContent()).contains("nog niet uitgereikt");
        assertThat(page.locator("input[name=method][value=IN_PERSOON]").isChecked()).isTrue();
        assertThat(page.locator("#served-at").inputValue()).isNotEmpty();
        button(page, "Uitreiking vastleggen").click(); page.waitForLoadState();
        assertThat(page.locator("#serving-title + p").textContent()).contains("Schriftelijk, in persoon uitgereikt");
        assertThat(page.locator("#next-step").count()).as("all five steps done").isZero();
    }

    @Test
    @Order(3)
    void the_municipality_finds_the_order_in_its_check_queue_and_approves_it() {
        Page page = browser.loginAs("jurist.assen", false);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Juridische controle")).click();
        browser.scan(page, "controle-wachtrij");
        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
        // the queue says which case, where, who and what asks attention, not only a date and a name
        String row = page.locator("#check-queue tr:has(a[href='/controle/" + caseId + "'])").textContent();
        assertThat(row).contains("HV-", "Assen", "jaar", "Minderjarigen in huis");
        page.locator("main a[href='/controle/" + caseId + "']").click();
        browser.scan(page, "controle");
        // the beschikking itself beside the checklist
        assertThat(page.locator("#beschikking-tekst").textContent()).contains("Erik Brouwer",
                "Partner met de dood bedreigd", "Daan Brouwer");
        button(page, "Controle vastleggen").click(); page.waitForLoadState();
        assertThat(page.locator("#error-summary").textContent()).contains("Dit veld is verplicht");
        page.locator("input[name=akkoord]").all().forEach(box -> box.check());
        button(page, "Controle vastleggen").click(); page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("Opgeslagen");
        page.navigate(caseUrl);
        assertThat(page.locator("main").textContent()).contains("Goedgekeurd");

        // the evicted person's lawyer asks for interim relief: recorded, with the 3-day hearing deadline
        // minute precision: the next whole minute is after the imposing and within the clock tolerance
        String lodged = java.time.LocalDateTime.now(nl.huisverbod.shared.LegalTime.ZONE).plusMinutes(1)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        page.locator("#remedy-soort").selectOption("VOORLOPIGE_VOORZIENING");
        page.locator("#remedy-at").fill(lodged);
        button(page, "Rechtsmiddel vastleggen").click(); page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("Voorlopige voorziening",
                "Zitting voorlopige voorziening binnen drie dagen (Wth art. 6)");
        browser.scan(page, "dossier-rechtsmiddel");
    }

    @Test
    @Order(4)
    void veilig_thuis_finds_the_new_case_in_its_inbox() {
        Page page = browser.loginAs("vt.drenthe", false);
        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
        String message = "article:not(.deadline-case):has(a[href='/dossiers/" + caseId + "'])";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            page.navigate(browser.url("/inbox"));
            assertThat(page.locator(message).count()).isPositive();
        });
        assertThat(page.locator(message).first().textContent()).contains("Huisverbod opgelegd in Assen");
        browser.scan(page, "inbox-vt");
        page.locator(message + " a[href='/dossiers/" + caseId + "']").first().click();
        assertThat(page.url()).startsWith(caseUrl);
        assertThat(page.locator("main").textContent()).contains("Erik Brouwer", "Politierapport");
        Download report = page.waitForDownload(() -> page.locator("a[href*='/documenten/']").first().click());
        assertThat(report.suggestedFilename()).endsWith(".pdf");
    }

    @Test
    @Order(5)
    void a_user_without_need_to_know_is_refused_and_the_attempt_is_in_the_audit_trail() {
        Page page = browser.loginAs("hovj.amsterdam", false);
        Response response = page.navigate(caseUrl);
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("main").textContent()).contains("U heeft geen toegang", "Uw poging is vastgelegd");
        assertThat(page.content()).doesNotContain("Erik Brouwer");
        browser.scan(page, "geen-toegang");

        Page admin = browser.loginAs("beheerder", false);
        assertThat(admin.locator("h1").textContent()).isEqualTo("Audittrail");
        admin.getByLabel("Gebruikersnaam").fill("hovj.amsterdam");
        button(admin, "Zoeken").click(); admin.waitForLoadState();
        assertThat(admin.locator("tbody").textContent()).contains("geweigerd (geen toegang)", "Dossier · HV-");
        button(admin, "Keten controleren").click(); admin.waitForLoadState();
        assertThat(admin.locator("main").textContent()).contains("De audittrail is intact");
        browser.scan(admin, "audit");

        // AVG art. 15: who looked at Mirjam's file, found by her BSN
        admin.getByLabel("BSN").fill("111222333");
        button(admin, "Inzages tonen").click(); admin.waitForLoadState();
        assertThat(admin.locator("tbody").textContent()).contains("hovj", "vt.drenthe", "ingezien", "vastgelegd of gewijzigd");
        browser.scan(admin, "audit-bsn");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeenten")).click();
        browser.scan(admin, "gemeenten");
        assertThat(admin.locator("nav.utrecht-pagination").textContent()).contains("Pagina 1 van 14 (342 in totaal)");
        admin.getByLabel("Zoek een gemeente").fill("Emmen");
        button(admin, "Zoeken").click(); admin.waitForLoadState();
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Emmen (GM0114)")).click();
        assertThat(admin.locator("input[name=mandaat][value=ONDERTEKENING]").isChecked()).isTrue();
        // the designated help organisation is chosen from Veilig Thuis and the care providers, not typed
        var choices = admin.getByLabel("Aangewezen hulpverleningsorganisatie").locator("option").allTextContents();
        assertThat(choices).contains("Geen: Veilig Thuis van de regio", "Veilig Thuis Drenthe",
                "Algemeen Maatschappelijk Werk Drenthe");
        assertThat(choices).noneMatch(c -> c.startsWith("Politie") || c.startsWith("Gemeente"));
        browser.scan(admin, "gemeente-emmen");
    }

    @Test
    @Order(6)
    void the_interface_is_available_in_english() {
        Page page = browser.loginAs("hovj", false);
        page.navigate(browser.url("/?lang=en"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Work list");
        page.navigate(caseUrl);
        assertThat(page.locator("main").textContent()).contains("Order imposed", "People involved");
        browser.scan(page, "dossier-en");
    }

    @Test
    @Order(7)
    void the_mayor_extends_the_order_and_the_police_see_the_new_end() {
        Page mayor = browser.loginAs("burgemeester.assen", false);
        mayor.navigate(caseUrl);
        browser.scan(mayor, "dossier-burgemeester");
        // on the first day nobody has been heard and no advice exists: the form says so and asks why (Awb 4:11)
        assertThat(mayor.locator("#extend-grounds").textContent()).contains("Uithuisgeplaatste nog niet gehoord",
                "Nog geen zorgadvies", "Nog geen beleidsadvies");
        mayor.locator("#extend-end").fill(mayor.locator("#extend-end").getAttribute("max"));
        mayor.locator("#extend-reasons").fill("Dreiging houdt aan; hulp aan de uithuisgeplaatste nog niet gestart.");
        button(mayor, "Huisverbod verlengen").click(); mayor.waitForLoadState();
        assertThat(mayor.locator("main").textContent()).contains("De uithuisgeplaatste is nog niet gehoord",
                "Er is nog geen zorgadvies", "Er is nog geen beleidsadvies");
        mayor.goBack(); mayor.waitForLoadState();
        mayor.locator("#extend-end").fill(mayor.locator("#extend-end").getAttribute("max"));
        mayor.locator("#extend-reasons").fill("Dreiging houdt aan; hulp aan de uithuisgeplaatste nog niet gestart.");
        mayor.locator("#extend-nietGehoordReden").fill("Verblijfplaats onbekend; telefonisch niet bereikbaar.");
        mayor.locator("#extend-zorgadviesOntbreektReden").fill("Nieuwe bedreiging vandaag; niet te wachten tot dag 8.");
        mayor.locator("#extend-beleidsadviesOntbreektReden").fill("Volgt op het zorgadvies; om dezelfde reden niet afgewacht.");
        button(mayor, "Huisverbod verlengen").click(); mayor.waitForLoadState();
        assertThat(mayor.locator("main").textContent()).contains("Verlengd", "Verlengingsbeschikking GM0106-");
        String newEnd = mayor.locator("#ends-at").textContent();

        Page police = browser.loginAs("agent", true);
        police.navigate(caseUrl);
        assertThat(police.locator("#ends-at").textContent()).isEqualTo(newEnd);
        assertThat(police.locator("main").textContent()).contains("Verlengd");
        browser.scan(police, "dossier-verlengd-politie");
    }

    @Test
    @Order(9)
    void the_work_list_shows_each_case_s_next_deadline_and_finds_a_case_by_number_or_name() {
        Page page = browser.loginAs("hovj", true);
        String number = page.locator("tbody tr td a").first().textContent();
        page.locator("#zoek").fill("brouwer");
        button(page, "Zoeken").click(); page.waitForLoadState();
        assertThat(page.locator("tbody").textContent()).contains("Erik Brouwer");
        assertThat(page.locator("thead").textContent()).contains("Volgende termijn van uw organisatie");
        browser.scan(page, "werkvoorraad-zoeken");
        page.locator("#zoek").fill(number);
        button(page, "Zoeken").click(); page.waitForLoadState();
        assertThat(page.locator("tbody tr").count()).isEqualTo(1);
        page.locator("#zoek").fill("niemand-heet-zo");
        button(page, "Zoeken").click(); page.waitForLoadState();
        assertThat(page.locator("main").textContent()).contains("Geen dossiers gevonden met \u2018niemand-heet-zo\u2019");
        // the work list pages, ten cases at a time: with eleven more cases there are at least two pages
        var cases = new nl.huisverbod.support.CaseFixture(new nl.huisverbod.support.Api(port));
        for (int i = 0; i < 11; i++) {
            cases.register("hovj", "GM0106");
        }
        page.navigate(browser.url("/"));
        assertThat(page.locator("tbody tr").count()).isEqualTo(10);
        nl.huisverbod.support.BrowserSession.link(page, "Volgende pagina").click(); page.waitForLoadState();
        assertThat(page.locator("nav.utrecht-pagination").textContent()).contains("Pagina 2 van");
        assertThat(page.locator("tbody tr td a").first().textContent()).isNotEqualTo(number);
        browser.scan(page, "werkvoorraad-pagina-2");
        page.context().close();
    }

    @Test
    @Order(8)
    void the_accessibility_and_privacy_statements_are_linked_from_every_page_and_open_without_signing_in() {
        Page page = browser.loginAs("hovj", true);
        nl.huisverbod.support.BrowserSession.link(page, "Toegankelijkheidsverklaring").click(); page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).isEqualTo("Toegankelijkheidsverklaring");
        assertThat(page.locator("main").textContent()).contains("WCAG 2.1", "Bekende beperkingen");
        browser.scan(page, "toegankelijkheidsverklaring");
        page.context().clearCookies();
        page.navigate(browser.url("/privacy"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Privacyverklaring");
        assertThat(page.locator("main").textContent()).contains("Wet tijdelijk huisverbod, art. 10", "Autoriteit Persoonsgegevens");
        browser.scan(page, "privacyverklaring");
        page.context().close();
    }

    @Test
    @Order(9)
    void anyone_opens_the_open_data_without_signing_in_and_downloads_a_version_of_a_table() throws Exception {
        var published = new Api(port).post("beheerder", "/api/v1/open-data/versies", java.util.Map.of());
        assertThat(published.status()).isIn(200, 201);
        int version = published.json().path("versie").asInt();
        for (boolean phone : new boolean[] {true, false}) {
            Page page = browser.anonymous(phone);
            page.navigate(browser.url("/privacy"));
            BrowserSession.link(page, "Open data").click(); page.waitForLoadState();
            assertThat(page.locator("h1").textContent()).isEqualTo("Open data");
            assertThat(page.locator("main").textContent()).contains("CC0", "RiHG's en huisverboden",
                    "Versie " + version);
            browser.scan(page, "open-data-" + (phone ? "390" : "1280"));
            Download download = page.waitForDownload(() ->
                    page.locator("a[href$='/v" + version + "/aantallen.csv']").click());
            assertThat(download.suggestedFilename()).isEqualTo("aantallen-v" + version + ".csv");
            assertThat(Files.readAllLines(download.path()).get(0))
                    .isEqualTo("id,maat,niveau,gebied,gebiedsnaam,periode,waarde,status");
            page.context().close();
        }
    }

    private static void fillPerson(Page page, int row, String first, String last, String born) {
        page.locator("#f-personen-" + row + "-voornamen").fill(first);
        page.locator("#f-personen-" + row + "-achternaam").fill(last);
        page.locator("#f-personen-" + row + "-geboortedatum").fill(born);
    }
}
