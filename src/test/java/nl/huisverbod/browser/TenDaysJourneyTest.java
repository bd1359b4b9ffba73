package nl.huisverbod.browser;

import static nl.huisverbod.support.BrowserSession.button;
import static nl.huisverbod.support.BrowserSession.link;
import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import nl.huisverbod.deadlines.Deadlines;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
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

/**
 * The ten days in a real browser with a controlled clock: Veilig Thuis accepts the file and forms the team,
 * logs contacts, holds the care meeting, writes the plan and the safety plan; a partner sees only its part
 * and gives a dissenting view; the zorgadvies goes to the municipality, which hears both parties and
 * advises; the mayor extends, the verlengingsbeschikking is checked, the police see the new end, and the
 * deadlines show met and missed. Every page is scanned with axe.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenDaysJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    Deadlines deadlines;
    @Autowired
    Organisations organisations;
    BrowserSession browser;
    String caseId;
    String hub;

    static Instant at(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, LegalTime.ZONE).toInstant();
    }

    @BeforeAll
    void imposeAnOrder() {
        browser = new BrowserSession(port);
        // Tuesday 2 June 2026, 09:00: the HOvJ imposes (the first hours have their own journey)
        clock.set(at(6, 2, 9));
        Api api = new Api(port);
        CaseFixture cases = new CaseFixture(api);
        caseId = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + caseId + "/besluit",
                cases.impose("Mishandeling van de partner; kind getuige.")), 200);
        hub = "/dossiers/" + caseId + "/hulp";
    }

    @AfterAll
    void stop() {
        browser.close();
        clock.reset();
        // whatever happened in the administrator's step: Veilig Thuis is always available for the other tests
        organisations.serving(OrganisationType.VEILIG_THUIS, "Drenthe")
                .forEach(o -> organisations.setAvailability(o.id(), null, null, null));
    }

    private static void select(Page page, String field, String label) {
        page.locator("#f-" + field).selectOption(new SelectOption().setLabel(label));
    }

    @Test
    @Order(1)
    void veilig_thuis_accepts_the_file_and_forms_the_team() {
        clock.set(at(6, 2, 10));
        Page vt = browser.loginAs("vt.drenthe", false);
        // the shared test database holds other cases' deadlines in other years: this case's, from its page
        vt.navigate(browser.url("/dossiers/" + caseId));
        link(vt, "Uw termijnen en berichten over dit dossier").click(); vt.waitForLoadState();
        assertThat(vt.locator("#deadlines-title").textContent()).isEqualTo("Termijnen van uw organisatie");
        // per case with the time left, coloured by urgency: four hours to activate the help, one gone
        var card = vt.locator("article.deadline-case[data-dossier='" + caseId + "']");
        assertThat(card.locator("h3").textContent()).contains("nog 3 uur");
        assertThat(card.locator("h3 .badge--soon").count()).isOne();
        assertThat(card.textContent()).contains("Hulp activeren (dossier aanvaarden)");
        browser.scan(vt, "inbox-termijnen");
        vt.navigate(browser.url("/dossiers/" + caseId));
        link(vt, "Hulpverlening openen").first().click(); vt.waitForLoadState();
        assertThat(vt.locator("h1").textContent()).startsWith("Hulpverlening HV-");
        assertThat(vt.locator("main").textContent()).contains("nog niet aanvaard");
        browser.scan(vt, "hulp-nieuw");
        button(vt, "Dossier aanvaarden (hulp activeren)").click(); vt.waitForLoadState();
        assertThat(vt.locator("main").textContent()).contains("Aanvaard door Veilig Thuis Drenthe");

        // the team form tells exactly what is missing and keeps what was chosen
        link(vt, "Teamlid of partner toevoegen").click(); vt.waitForLoadState();
        browser.scan(vt, "hulp-team");
        select(vt, "functie", "Hulpverlener achterblijvers");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#error-summary").textContent()).contains("Kies een organisatie van Veilig Thuis");
        assertThat(vt.locator("#f-functie").inputValue()).isEqualTo("ACHTERBLIJVERS");
        browser.scan(vt, "hulp-team-fouten");
        select(vt, "organisationId", "Veilig Thuis Drenthe");
        select(vt, "userId", "Joris Kok (hulpverlener Veilig Thuis Drenthe) — Veilig Thuis Drenthe");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        addMember(vt, "Hulpverlener uithuisgeplaatste", null, "Reclassering Noord",
                "Peter de Boer (reclassering) — Reclassering Noord");
        addMember(vt, "Gezinsmanager", null, "Jeugdbescherming Noord", "Sevda Yilmaz (gezinsmanager) — Jeugdbescherming Noord");
        addMember(vt, "Partner", "Algemeen maatschappelijk werk", "Algemeen Maatschappelijk Werk Drenthe", null);
        assertThat(vt.locator("#team").textContent()).contains("Joris Kok", "Peter de Boer", "Sevda Yilmaz",
                "Algemeen Maatschappelijk Werk Drenthe — Partner (Algemeen maatschappelijk werk)");
    }

    private void addMember(Page vt, String functie, String partner, String org, String professional) {
        link(vt, "Teamlid of partner toevoegen").click(); vt.waitForLoadState();
        select(vt, "functie", functie);
        if (partner != null) {
            select(vt, "partnerSoort", partner);
        }
        select(vt, "organisationId", org);
        if (professional != null) {
            select(vt, "userId", professional);
        }
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.url()).contains("/hulp?saved");
    }

    @Test
    @Order(2)
    void the_first_contacts_are_logged_and_a_moment_in_the_future_is_refused() {
        clock.set(at(6, 2, 10).plusSeconds(30 * 60));
        Page vt = browser.loginAs("vt.hulpverlener", true);
        vt.navigate(browser.url(hub));
        link(vt, "Contact vastleggen").click(); vt.waitForLoadState();
        browser.scan(vt, "hulp-contact");
        select(vt, "persoonId", "Ineke Testpersoon (Achterblijver)");
        select(vt, "kanaal", "Telefoon");
        vt.locator("#f-bereikt input[value=true]").check();
        vt.locator("#f-moment").fill("2026-06-02T18:00");
        vt.locator("#f-notitie").fill("Huisbezoek afgesproken voor vanmiddag.");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#error-summary").textContent()).contains("Dit moment ligt in de toekomst");
        assertThat(vt.locator("#f-notitie").inputValue()).isEqualTo("Huisbezoek afgesproken voor vanmiddag.");
        vt.locator("#f-moment").fill("2026-06-02T10:25");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#contacten").textContent()).contains("Ineke Testpersoon", "Telefoon", "Joris Kok");
        browser.scan(vt, "hulp-contacten");
        // the professional's own cases come first in the inbox
        vt.navigate(browser.url("/inbox"));
        // grouped per case, the case's most urgent deadline with the time left beside its number
        String first = vt.locator("article.deadline-case").first().textContent();
        assertThat(first).contains("uw dossier", "Huisbezoek achterblijvers").containsPattern("nog \\d+| te laat");
        assertThat(vt.locator("article.deadline-case").first().locator(".badge--overdue, .badge--soon, .badge--later")
                .count()).isPositive();
        browser.scan(vt, "inbox-eigen-dossiers");
    }

    @Test
    @Order(3)
    void the_care_meeting_the_plan_and_the_safety_plan_on_the_first_working_day() {
        clock.set(at(6, 3, 14));
        Page vt = browser.loginAs("vt.drenthe", false);
        vt.navigate(browser.url(hub));
        // imposed on 2 June at 9: on 3 June at 14 it is the second of the ten days
        assertThat(vt.locator("#order-period").textContent()).startsWith("Dag 2 van 10 van het huisverbod (opgelegd op");
        link(vt, "Zorgoverleg plannen").click(); vt.waitForLoadState();
        vt.locator("#f-geplandOp").fill("2026-06-03T13:00");
        vt.locator("#f-agenda").fill("Risico's, taakverdeling, veiligheidsplan");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        link(vt, "Verslag zorgoverleg vastleggen").click(); vt.waitForLoadState();
        browser.scan(vt, "hulp-verslag");
        vt.locator("#f-aanwezigen").fill("VT, reclassering, AMW, jeugdbescherming");
        vt.locator("#f-notulen").fill("Achterblijver wil hulp; uithuisgeplaatste nog niet bereikt.");
        vt.locator("#f-taken-0-omschrijving").fill("Screening achterblijver afnemen");
        select(vt, "taken-0-eigenaarId", "Algemeen Maatschappelijk Werk Drenthe");
        vt.locator("#f-taken-0-uiterlijk").fill("2026-06-05");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#zorgoverleg").textContent()).contains("Gehouden op 03-06-2026 13:00");
        assertThat(vt.locator("#plan").textContent()).contains("Screening achterblijver afnemen");

        link(vt, "Veiligheidsplan bijwerken").click(); vt.waitForLoadState();
        vt.locator("#f-timeOut").fill("Bij spanning verlaat hij het huis en belt zijn broer.");
        vt.locator("#f-escalatieladder").fill("1. broer 2. Veilig Thuis 3. 112");
        vt.locator("#f-verblijf").fill("Hij in de crisisopvang; zij en Noor thuis.");
        vt.locator("#f-contactregeling").fill("Geen contact; omgang met Noor alleen begeleid.");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#error-summary").textContent()).contains("Dit veld is verplicht");
        assertThat(vt.locator("#f-timeOut").inputValue()).startsWith("Bij spanning");
        vt.locator("#f-kinderen").fill("Noor weet wie ze kan bellen; school is ingelicht.");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#veiligheidsplan").textContent()).contains("1. broer 2. Veilig Thuis 3. 112");

        link(vt, "Eerste plan van aanpak").click(); vt.waitForLoadState();
        vt.locator("#f-doelen").fill("Veiligheid herstellen; hulp voor beide partners starten.");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#plan").textContent()).contains("Eerste plan van aanpak", "Veiligheid herstellen");
        browser.scan(vt, "hulp-dag-2");
    }

    @Test
    @Order(4)
    void the_partner_sees_only_its_part_finishes_its_task_and_gives_a_dissenting_view() {
        clock.set(at(6, 5, 11));
        // at the home visit, on a phone: the task in the inbox, the help file at its part, the task reported done
        Page phone = browser.loginAs("amw", true);
        phone.navigate(browser.url("/inbox"));
        assertThat(phone.locator("#tasks-title").textContent()).isEqualTo("Taken van uw organisatie");
        assertThat(phone.locator("main").textContent()).contains("Screening achterblijver afnemen");
        browser.scan(phone, "inbox-partner-telefoon");
        phone.navigate(browser.url(hub));
        assertThat(phone.locator("main").textContent()).containsPattern("[Dd]ag \\d+ van 10")
                .doesNotContain("Opvang uithuisgeplaatste");
        button(phone, "Gereed melden: Screening achterblijver afnemen").click(); phone.waitForLoadState();
        assertThat(phone.locator("#plan").textContent()).contains("gereed op 05-06-2026");
        browser.scan(phone, "hulp-partner-telefoon");

        // back at the desk: the case shows no risk assessment; the partner gives its view for the zorgadvies
        Page amw = browser.loginAs("amw", false);
        amw.navigate(browser.url("/inbox"));
        browser.scan(amw, "inbox-partner");
        amw.navigate(browser.url("/dossiers/" + caseId));
        assertThat(amw.locator("main").textContent()).doesNotContain("RiHG", "risicotaxatie");
        amw.navigate(browser.url(hub));
        assertThat(amw.locator("#plan").textContent()).contains("gereed op 05-06-2026");
        assertThat(amw.locator("main").textContent()).doesNotContain("Opvang uithuisgeplaatste");
        link(amw, "Zienswijze geven").click(); amw.waitForLoadState();
        amw.locator("#f-adviesVerlengen input[value=false]").check();
        amw.locator("#f-toelichting").fill("Achterblijver wil het contact zelf herstellen.");
        button(amw, "Opslaan").click(); amw.waitForLoadState();
        assertThat(amw.locator("#zorgadvies").textContent()).contains("Algemeen Maatschappelijk Werk Drenthe: niet verlengen");
        browser.scan(amw, "hulp-partner");
    }

    @Test
    @Order(5)
    void the_system_conversation_on_day_7_and_the_zorgadvies_on_day_8() {
        clock.set(at(6, 8, 15));
        Page vt = browser.loginAs("vt.drenthe", false);
        vt.navigate(browser.url(hub));
        link(vt, "Systeemgesprek vastleggen").click(); vt.waitForLoadState();
        vt.locator("#f-moment").fill("2026-06-08T14:00");
        vt.locator("#f-deelnemers").fill("Beide partners, VT, reclassering");
        vt.locator("#f-verslag").fill("Afspraken over contact via de hulpverlening.");
        button(vt, "Opslaan").click(); vt.waitForLoadState();

        clock.set(at(6, 9, 10));
        vt.navigate(browser.url(hub));
        link(vt, "Zorgadvies uitbrengen").click(); vt.waitForLoadState();
        browser.scan(vt, "hulp-zorgadvies");
        vt.locator("#f-verloop").fill("Rustig verlopen; één keer aanwezig bij de woning.");
        vt.locator("#f-veiligheidsafspraken").fill("Veiligheidsplan van 3 juni.");
        vt.locator("#f-hulpGestart").fill("AMW en reclassering gestart.");
        select(vt, "dreigingAfgenomen", "Nee, niet afgenomen");
        vt.locator("#f-adviesVerlengen input[value=true]").check();
        vt.locator("#f-toelichting").fill("Dreiging niet afgenomen; hulp moet doorlopen.");
        button(vt, "Opslaan").click(); vt.waitForLoadState();
        assertThat(vt.locator("#zorgadvies").textContent()).contains("Advies: verlengen", "Nee, niet afgenomen");
    }

    @Test
    @Order(6)
    void the_municipal_officer_hears_both_parties_and_advises_the_mayor() {
        clock.set(at(6, 10, 11));
        Page jurist = browser.loginAs("jurist.assen", false);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            jurist.navigate(browser.url("/inbox?dossier=" + caseId));
            assertThat(jurist.locator("main").textContent()).contains("Zorgadvies over verlenging");
        });
        jurist.navigate(browser.url(hub));
        assertThat(jurist.locator("main").textContent()).doesNotContain("Contactlog");
        link(jurist, "Beleidsadvies uitbrengen").click(); jurist.waitForLoadState();
        jurist.locator("#f-adviesVerlengen input[value=true]").check();
        jurist.locator("#f-motivering").fill("Conform zorgadvies.");
        button(jurist, "Opslaan").click(); jurist.waitForLoadState();
        assertThat(jurist.locator("#error-summary").textContent()).contains("Hoor eerst de uithuisgeplaatste");
        assertThat(jurist.locator("#f-motivering").inputValue()).isEqualTo("Conform zorgadvies.");
        for (String[] party : new String[][] {{"Piet Testpersoon (Uithuisgeplaatste)", "Telefonisch", "Wil terug naar huis."},
                {"Ineke Testpersoon (Achterblijver)", "In persoon", "Voelt zich nog niet veilig."}}) {
            jurist.navigate(browser.url(hub + "/hoorzitting"));
            select(jurist, "persoonId", party[0]);
            jurist.locator("#f-moment").fill("2026-06-10T10:00");
            select(jurist, "wijze", party[1]);
            jurist.locator("#f-samenvatting").fill(party[2]);
            button(jurist, "Opslaan").click(); jurist.waitForLoadState();
        }
        browser.scan(jurist, "hulp-gehoord");
        link(jurist, "Beleidsadvies uitbrengen").click(); jurist.waitForLoadState();
        jurist.locator("#f-adviesVerlengen input[value=true]").check();
        jurist.locator("#f-motivering").fill("Dreiging houdt aan; beide partijen gehoord.");
        button(jurist, "Opslaan").click(); jurist.waitForLoadState();
        assertThat(jurist.locator("#verlenging").textContent()).contains("Beleidsadvies: verlengen");
    }

    @Test
    @Order(7)
    void the_mayor_extends_on_the_advice_and_the_police_see_the_new_end() throws Exception {
        clock.set(at(6, 10, 15));
        Page mayor = browser.loginAs("burgemeester.assen", false);
        mayor.navigate(browser.url("/dossiers/" + caseId));
        assertThat(mayor.locator("main").textContent()).contains("Zorgadvies: verlengen · 1 partner(s) met een andere zienswijze",
                "Beleidsadvies: verlengen — Dreiging houdt aan");
        browser.scan(mayor, "dossier-burgemeester-advies");
        assertThat(mayor.locator("#extend-grounds").textContent()).contains("Uithuisgeplaatste gehoord op",
                "Zorgadvies van", "Beleidsadvies van").doesNotContain("Nog geen", "nog niet gehoord");
        assertThat(mayor.locator("#extend-end").inputValue()).as("the maximum is not suggested").isEmpty();
        mayor.locator("#extend-end").fill(mayor.locator("#extend-end").getAttribute("max"));
        mayor.locator("#extend-reasons").fill("Dreiging houdt aan (zorgadvies en beleidsadvies).");
        button(mayor, "Huisverbod verlengen").click(); mayor.waitForLoadState();
        String newEnd = mayor.locator("#ends-at").textContent();
        assertThat(newEnd).contains("30 juni 2026");
        Download pdf = mayor.waitForDownload(() -> mayor.locator("a[href*='/beschikkingen/']").last().click());
        String text;
        try (var doc = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Piet Testpersoon", newEnd, "Dreiging houdt aan (zorgadvies en beleidsadvies)");

        // the municipality serves the extension decision on the evicted person
        Locator serving = mayor.locator("form[action*='/uitreiking']").last();
        serving.locator("select[name=persoonId]").selectOption(new SelectOption().setLabel("Piet Testpersoon (Uithuisgeplaatste)"));
        serving.getByRole(AriaRole.BUTTON).click();
        mayor.waitForLoadState();
        assertThat(mayor.locator("main").textContent()).contains("Uitgereikt aan: Piet Testpersoon");
        browser.scan(mayor, "dossier-verlengd-uitgereikt");

        Page police = browser.loginAs("agent", true);
        police.navigate(browser.url("/dossiers/" + caseId));
        assertThat(police.locator("#ends-at").textContent()).isEqualTo(newEnd);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            police.navigate(browser.url("/inbox?dossier=" + caseId));
            assertThat(police.locator("main").textContent()).contains("Huisverbod verlengd tot");
        });
    }

    @Test
    @Order(8)
    void the_deadlines_show_what_was_met_and_what_was_missed() {
        clock.set(at(6, 11, 9));
        deadlines.sweep();
        Page vt = browser.loginAs("vt.drenthe", false);
        vt.navigate(browser.url(hub));
        Locator rows = vt.locator("#termijnen tbody tr");
        assertThat(row(rows, "Hulp activeren (dossier aanvaarden)")).contains("op tijd");
        assertThat(row(rows, "Eerste contact achterblijvers")).contains("op tijd");
        assertThat(row(rows, "Eerste zorgoverleg")).contains("op tijd");
        assertThat(row(rows, "Zorgadvies over verlenging")).contains("op tijd");
        assertThat(row(rows, "Besluit over verlenging vóór het einde (Wth art. 9)")).contains("op tijd");
        // nobody reached the evicted person or the child, and no home visit was recorded
        assertThat(row(rows, "Eerste contact uithuisgeplaatste")).contains("verstreken");
        assertThat(row(rows, "Huisbezoek achterblijvers")).contains("verstreken");
        browser.scan(vt, "hulp-termijnen");
    }

    @Test
    @Order(9)
    void the_administrator_maintains_agreed_deadlines_availability_and_crisis_beds() {
        Page admin = browser.loginAs("beheerder", false);
        link(admin, "Termijnen").click(); admin.waitForLoadState();
        assertThat(admin.locator("h1").textContent()).isEqualTo("Termijnafspraken");
        browser.scan(admin, "beheer-termijnen");
        button(admin, "Opslaan").click(); admin.waitForLoadState();
        assertThat(admin.locator("#error-summary").textContent()).contains("Dit veld is verplicht");
        admin.locator("#f-scope").selectOption(new SelectOption().setLabel("Drenthe"));
        admin.locator("#f-kind").selectOption(new SelectOption().setLabel("Eerste zorgoverleg"));
        admin.locator("#f-eenheid").selectOption("WERKDAGEN");
        admin.locator("#f-aantal").fill("2");
        button(admin, "Opslaan").click(); admin.waitForLoadState();
        assertThat(admin.locator("main").textContent()).contains("Regio Drenthe", "einde van werkdag 2 na de start");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijderen: Drenthe, Eerste zorgoverleg")).click();
        admin.waitForLoadState();
        assertThat(admin.locator("main").textContent()).doesNotContain("einde van werkdag 2 na de start");

        link(admin, "Beschikbaarheid").click(); admin.waitForLoadState();
        Locator vt = admin.locator("section:has(h2:text-is('Veilig Thuis Drenthe'))");
        vt.locator("input[name=van]").fill("08:00");
        vt.locator("input[name=tot]").fill("22:00");
        vt.getByRole(AriaRole.BUTTON).click();
        admin.waitForLoadState();
        assertThat(admin.locator("#error-summary").textContent()).contains("Kies de crisisdienst");
        vt.locator("select").selectOption(new SelectOption().setLabel("Crisisdienst Veilig Thuis Drenthe"));
        vt.getByRole(AriaRole.BUTTON).click();
        admin.waitForLoadState();
        assertThat(vt.textContent()).contains("Bereikbaar van 08:00 tot 22:00");
        browser.scan(admin, "beheer-beschikbaarheid");
        // back to always available, as the other tests expect
        vt.locator("input[name=van]").fill("");
        vt.locator("input[name=tot]").fill("");
        vt.getByRole(AriaRole.BUTTON).click();
        admin.waitForLoadState();
        assertThat(vt.textContent()).contains("Altijd bereikbaar");
    }

    private static String row(Locator rows, String kind) {
        return rows.filter(new Locator.FilterOptions().setHasText(kind)).first().textContent();
    }
}
