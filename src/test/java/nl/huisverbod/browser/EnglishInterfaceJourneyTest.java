package nl.huisverbod.browser;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.DutchText;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ?lang=en} translates everything (issue 12): every role walks its own pages in English, on a phone
 * and on a wide screen, around a case with an order and a breach, and no page says anything in Dutch beyond
 * the law's own terms and the names of people, places and organisations; the notices in the inbox, written
 * when the order was imposed, read in English too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishInterfaceJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    BrowserSession browser;
    String caseId;
    final Set<String> names = new HashSet<>();
    final List<String> dutch = new java.util.ArrayList<>();

    @BeforeAll
    void aCaseWithAnOrderAndABreach() {
        browser = new BrowserSession(port);
        Api api = new Api(port);
        CaseFixture cases = new CaseFixture(api);
        caseId = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + caseId + "/besluit", cases.impose("Threats with a knife.")), 200);
        require(api.post("agent", "/api/v1/dossiers/" + caseId + "/overtredingen", Map.of(
                "occurredAt", Instant.now().toString(),
                "vorm", "AANWEZIG_BIJ_WONING", "gemeldDoor", "POLITIE", "bronVertrouwelijk", false,
                "beschrijving", "Seen at the door.")), 201);
        // the names of people, places and organisations stay as they are in every language
        names.addAll(jdbc.sql("select name from organisation").query(String.class).list());
        names.addAll(jdbc.sql("select display_name from app_user").query(String.class).list());
        names.addAll(jdbc.sql("select username from app_user").query(String.class).list());
        names.addAll(jdbc.sql("select name from ref_municipality").query(String.class).list());
        names.addAll(jdbc.sql("select name from ref_region").query(String.class).list());
        names.addAll(jdbc.sql("""
                select safety_region_name from ref_municipality union select police_unit from ref_municipality
                union select vt_region from ref_municipality""").query(String.class).list().stream()
                .filter(java.util.Objects::nonNull).toList());
        names.addAll(List.of("Piet", "Ineke", "Noor", "Testpersoon", "Teststraat", "Testdorp"));
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void the_hovj_on_a_phone_reads_the_work_list_the_case_the_rihg_and_the_inbox_in_english() {
        Page page = english("hovj", true);
        visit(page, "en-hovj-werklijst", "/");
        visit(page, "en-hovj-dossier", "/dossiers/" + caseId);
        visit(page, "en-hovj-rihg", "/dossiers/" + caseId + "/rihg");
        visit(page, "en-hovj-criteria", "/dossiers/" + caseId + "/criteria");
        visit(page, "en-hovj-nieuw", "/dossiers/nieuw");
        visit(page, "en-hovj-gemiste-zaken", "/gemiste-zaken");
        visit(page, "en-hovj-adrescheck", "/adrescheck");
        visit(page, "en-hovj-inbox", "/inbox");
    }

    @Test
    void the_mayor_and_the_municipal_lawyer_read_their_notices_and_the_case_in_english() throws Exception {
        Page mayor = english("burgemeester.assen", false);
        visit(mayor, "en-burgemeester-inbox", "/inbox");
        visit(mayor, "en-burgemeester-dossier", "/dossiers/" + caseId);
        visit(mayor, "en-burgemeester-besluit", "/dossiers/" + caseId + "/besluit");
        visit(mayor, "en-burgemeester-cijfers", "/cijfers/gemeente");
        Page lawyer = english("jurist.assen", false);
        visit(lawyer, "en-jurist-inbox", "/inbox");
        assertThat(lawyer.locator("main").innerText()).contains("Order imposed in Assen", "Please check it legally.");
        visit(lawyer, "en-jurist-controle", "/controle");
        lawyer.locator("main a[href^='/controle/']").first().click();
        lawyer.waitForLoadState();
        visit(lawyer, "en-jurist-controle-zaak", new java.net.URI(lawyer.url()).getPath());
    }

    @Test
    void veilig_thuis_the_prosecutor_and_the_shelter_read_the_notices_and_their_lists_in_english() {
        Page page = english("vt.drenthe", true);
        visit(page, "en-vt-inbox", "/inbox");
        assertThat(page.locator("main").innerText()).contains("Order imposed in Assen", "Breach of the order reported");
        visit(page, "en-vt-hulpverlening", "/hulpverlening");
        visit(page, "en-vt-dossier", "/dossiers/" + caseId);
        visit(page, "en-vt-hulp", "/dossiers/" + caseId + "/hulp");
        visit(page, "en-vt-eerste-contacten", "/eerste-contacten");
        visit(page, "en-vt-contacten", "/contacten");
        visit(page, "en-vt-screenings", "/screenings");
        Page prosecutor = english("om.noord", false);
        visit(prosecutor, "en-om-inbox", "/inbox");
        visit(prosecutor, "en-om-dossier", "/dossiers/" + caseId);
        Page shelter = english("opvang", true);
        visit(shelter, "en-opvang", "/opvang");
        visit(shelter, "en-opvang-hulpverlening", "/hulpverlening");
    }

    @Test
    void the_researcher_and_the_administrator_read_the_figures_and_the_administration_in_english() {
        Page researcher = english("onderzoeker", false);
        visit(researcher, "en-onderzoek", "/cijfers/onderzoek");
        visit(researcher, "en-land", "/cijfers/land");
        Page admin = english("beheerder", false);
        visit(admin, "en-beheer-gemeenten", "/beheer/gemeenten");
        visit(admin, "en-beheer-gemeente", "/beheer/gemeenten/GM0106");
        visit(admin, "en-beheer-cijfers", "/beheer/cijfers");
        visit(admin, "en-beheer-termijnen", "/beheer/termijnen");
        visit(admin, "en-beheer-audit", "/beheer/audit");
        visit(admin, "en-beheer-beschikbaarheid", "/beheer/beschikbaarheid");
        visit(admin, "en-beheer-abonnementen", "/beheer/abonnementen");
        visit(admin, "en-beheer-zgw", "/beheer/zgw-koppelingen");
        visit(admin, "en-beheer-systemen", "/beheer/systemen");
        visit(admin, "en-cijfers-regio", "/cijfers/regio");
        visit(admin, "en-cijfers-bronnen", "/cijfers/bronnen");
        visit(admin, "en-cijfers-kwaliteit", "/cijfers/kwaliteit");
    }

    @Test
    void the_pages_without_an_account_are_in_english() {
        Page page = browser.anonymous(true);
        page.navigate(browser.url("/login?lang=en"));
        visit(page, "en-login", "/login");
        visit(page, "en-open-data", "/open-data");
        visit(page, "en-toegankelijkheid", "/toegankelijkheid");
        visit(page, "en-privacy", "/privacy");
    }

    private Page english(String user, boolean phone) {
        Page page = browser.loginAs(user, phone);
        page.navigate(browser.url("/?lang=en"));
        return page;
    }

    /** Every page of a test is visited before the Dutch found on any of them fails it: all at once. */
    private void visit(Page page, String name, String path) {
        page.navigate(browser.url(path));
        browser.scan(page, name);
        DutchText.on(page, names).forEach(found -> dutch.add(name + ": " + found));
    }

    @AfterEach
    void noDutch() {
        List<String> found = List.copyOf(dutch);
        dutch.clear();
        assertThat(found).as("Dutch on English pages").isEmpty();
    }
}
