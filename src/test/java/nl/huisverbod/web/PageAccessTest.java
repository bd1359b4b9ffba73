package nl.huisverbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages, like the API, are shown only to the roles that may act on them. */
@IntegrationTest
class PageAccessTest {

    @LocalServerPort
    int port;
    String caseId;

    @BeforeEach
    void setUp() {
        caseId = new CaseFixture(new Api(port)).register("hovj", "GM0106");
    }

    /** A case in Assen whose order runs. */
    private static String imposedIn(Api api, CaseFixture cases) {
        String id = cases.readyForDecision("hovj", "GM0106");
        CaseFixture.require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        return id;
    }

    private int status(String user, String path) {
        return new WebSession(port, user).get(path).statusCode();
    }

    @Test
    void only_the_hovj_and_the_mayor_open_the_decision_form() {
        assertThat(status("hovj", "/dossiers/" + caseId + "/besluit")).isEqualTo(200);
        assertThat(status("burgemeester.assen", "/dossiers/" + caseId + "/besluit")).isEqualTo(200);
        assertThat(status("vt.drenthe", "/dossiers/" + caseId + "/besluit")).isEqualTo(403);
        assertThat(status("jurist.assen", "/dossiers/" + caseId + "/besluit")).isEqualTo(403);
    }

    @Test
    void a_new_case_at_an_address_with_a_running_order_names_that_case_and_links_to_it() {
        Api api = new Api(port);
        CaseFixture cases = new CaseFixture(api);
        String first = imposedIn(api, cases);
        var firstCase = api.get("hovj", "/api/v1/dossiers/" + first).json();
        var body = cases.registration("GM0106", cases.household(java.time.LocalDate.of(1980, 1, 1)));
        body.put("huisnummer", firstCase.path("adres").path("huisnummer").asString());
        String second = nl.huisverbod.support.CaseFixture.require(api.post("hovj", "/api/v1/dossiers", body), 201)
                .json().path("id").asString();
        String page = new WebSession(port, "hovj").get("/dossiers/" + second).body();
        String number = firstCase.path("nummer").asString();
        assertThat(page).contains("op dit adres loopt een huisverbod (dossier " + number)
                .contains("href=\"/dossiers/" + first + "\"").doesNotContain("(dossier " + first);
    }

    @Test
    void registering_at_an_address_with_a_running_order_warns_before_saving_and_saves_once_seen() {
        Api api = new Api(port);
        String first = imposedIn(api, new CaseFixture(api));
        var adres = api.get("hovj", "/api/v1/dossiers/" + first).json().path("adres");
        String form = "entryRoute=POLITIE_INCIDENT&incidentNummer=PL0100-2026-777777&arrest=false&straat=Teststraat&huisnummer="
                + adres.path("huisnummer").asString() + "&postcode=" + adres.path("postcode").asString().replace(" ", "+")
                + "&woonplaats=Assen&personen%5B0%5D.rol=UITHUISGEPLAATSTE&personen%5B0%5D.voornamen=Karel"
                + "&personen%5B0%5D.achternaam=Smit&personen%5B0%5D.geboortedatum=1980-01-01&personen%5B0%5D.relatie=ZELF"
                + "&personen%5B1%5D.rol=ACHTERBLIJVER&personen%5B1%5D.voornamen=Anna&personen%5B1%5D.achternaam=Smit"
                + "&personen%5B1%5D.geboortedatum=1982-01-01&personen%5B1%5D.relatie=PARTNER";
        var session = new WebSession(port, "hovj");
        long before = api.get("hovj", "/api/v1/dossiers").json().size();
        var warned = session.post("/dossiers/nieuw", "/dossiers", form);
        assertThat(warned.statusCode()).isEqualTo(200);
        String number = api.get("hovj", "/api/v1/dossiers/" + first).json().path("nummer").asString();
        assertThat(warned.body()).contains("id=\"running-at-address\"", number, "href=\"/dossiers/" + first + "\"",
                "value=\"Karel\"", "name=\"lopendGezien\"");
        assertThat(api.get("hovj", "/api/v1/dossiers").json().size()).as("nothing saved yet").isEqualTo(before);
        var saved = session.submit(warned.body(), "/dossiers", form + "&lopendGezien=true");
        assertThat(saved.statusCode()).as(saved.body().replaceAll("(?s).*(<div[^>]*error-summary.*?</div>).*", "$1"))
                .isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/dossiers/").contains("saved");
    }

    @Test
    void an_evicted_person_under_eighteen_is_flagged_from_registration_on() {
        // Wth 2(2): said on the case page at once, not first when the decision is refused
        Api api = new Api(port);
        String minor = new CaseFixture(api).register("hovj", "GM0106",
                java.time.LocalDate.now(nl.huisverbod.shared.LegalTime.ZONE).minusYears(16));
        assertThat(new WebSession(port, "hovj").get("/dossiers/" + minor).body())
                .contains("id=\"minor-evicted\"", "is nog geen 18", "Wth art. 2 lid 2");
        assertThat(new WebSession(port, "hovj").get("/dossiers/" + caseId).body()).doesNotContain("minor-evicted");
    }

    @Test
    void only_the_police_check_the_entry_criteria() {
        assertThat(status("agent", "/dossiers/" + caseId + "/criteria")).isEqualTo(200);
        assertThat(status("vt.drenthe", "/dossiers/" + caseId + "/criteria")).isEqualTo(403);
    }

    @Test
    void roles_that_may_not_register_cannot_open_the_registration_form() {
        assertThat(status("vt.drenthe", "/dossiers/nieuw")).isEqualTo(200);
        assertThat(status("reclassering", "/dossiers/nieuw")).isEqualTo(403);
        assertThat(status("onderzoeker", "/dossiers/nieuw")).isEqualTo(403);
    }

    @Test
    void the_administrator_finds_a_municipality_among_the_342_by_name_code_or_region() {
        var session = new WebSession(port, "beheerder");
        String all = session.get("/beheer/gemeenten").body();
        String found = session.get("/beheer/gemeenten?zoek=assen").body();
        assertThat(all).contains("Amsterdam (GM0363)", "Pagina 1 van 14 (342 in totaal)").doesNotContain("Tynaarlo (GM1730)");
        assertThat(session.get("/beheer/gemeenten?pagina=14").body()).as("the last page, by name")
                .contains("Zwolle (GM0193)").doesNotContain("Amsterdam (GM0363)");
        assertThat(found).contains("Assen (GM0106)").doesNotContain("Tynaarlo (GM1730)", "Amsterdam (GM0363)");
        assertThat(session.get("/beheer/gemeenten?zoek=GM0363").body()).contains("Amsterdam (GM0363)")
                .doesNotContain("Assen (GM0106)");
        assertThat(session.get("/beheer/gemeenten?zoek=xyzzy").body()).contains("0 gemeenten gevonden")
                .doesNotContain("<table");
    }

    @Test
    void administration_pages_are_for_the_functional_administrator_only() {
        assertThat(status("beheerder", "/beheer/audit")).isEqualTo(200);
        assertThat(status("beheerder", "/beheer/gemeenten")).isEqualTo(200);
        assertThat(status("hovj", "/beheer/audit")).isEqualTo(403);
        assertThat(status("burgemeester.assen", "/beheer/gemeenten")).isEqualTo(403);
        assertThat(status("beheerder", "/beheer/zgw-koppelingen")).isEqualTo(200);
        assertThat(status("jurist.assen", "/beheer/zgw-koppelingen")).isEqualTo(403);
        assertThat(status("hovj", "/beheer/zgw-koppelingen")).isEqualTo(403);
        assertThat(status("beheerder", "/beheer/systemen")).isEqualTo(200);
        assertThat(status("vt.drenthe", "/beheer/systemen")).isEqualTo(403);
        assertThat(status("jurist.assen", "/beheer/systemen")).isEqualTo(403);
        assertThat(status("beheerder", "/beheer/termijnen")).isEqualTo(200);
        assertThat(status("beheerder", "/beheer/beschikbaarheid")).isEqualTo(200);
        assertThat(status("vt.drenthe", "/beheer/termijnen")).isEqualTo(403);
        assertThat(status("vt.drenthe", "/beheer/beschikbaarheid")).isEqualTo(403);
        assertThat(status("beheerder", "/beheer/cijfers")).isEqualTo(200);
        assertThat(status("onderzoeker", "/beheer/cijfers")).isEqualTo(403);
    }

    @Test
    void the_audit_page_names_roles_and_actions_in_words_not_codes() {
        assertThat(status("hovj.amsterdam", "/dossiers/" + caseId)).isEqualTo(403);
        String page = new WebSession(port, "beheerder").get("/beheer/audit?username=hovj.amsterdam").body();
        assertThat(page).contains("hulpofficier van justitie", "ingelogd", "geweigerd (geen toegang)")
                .doesNotContain("(HOVJ,", ">DENIED<", ">LOGIN<", ">READ<", "??");
    }

    @Test
    void the_audit_search_reaches_every_entry_a_page_at_a_time() {
        var session = new WebSession(port, "beheerder");
        for (int i = 0; i < 3; i++) {
            assertThat(status("hovj", "/dossiers/" + caseId)).isEqualTo(200);
        }
        String first = session.get("/beheer/audit?username=hovj").body();
        var position = java.util.regex.Pattern.compile("Pagina 1 van (\\d+) \\(([\\d.]+) in totaal\\)").matcher(first);
        assertThat(position.find()).as("the hovj's entries span several pages of 50").isTrue();
        int pages = Integer.parseInt(position.group(1));
        int total = Integer.parseInt(position.group(2).replace(".", ""));
        assertThat(pages).isGreaterThan(1).isEqualTo((total + 49) / 50);
        String last = session.get("/beheer/audit?username=hovj&pagina=" + pages).body();
        assertThat(last).contains("Pagina " + pages + " van " + pages).contains("Vorige");
        assertThat(last.split("<tr", -1).length - 2).as("rows on the last page")
                .isEqualTo(total - (pages - 1) * 50);
    }

    @Test
    void the_missed_cases_worklist_is_for_the_police() {
        assertThat(status("agent", "/gemiste-zaken")).isEqualTo(200);
        assertThat(status("vt.drenthe", "/gemiste-zaken")).isEqualTo(403);
    }

    @Test
    void the_help_file_and_its_forms_follow_need_to_know_per_part() {
        assertThat(status("vt.drenthe", "/dossiers/" + caseId + "/hulp")).isEqualTo(200);
        assertThat(status("vt.drenthe", "/dossiers/" + caseId + "/hulp/contact")).isEqualTo(200);
        assertThat(status("hovj.amsterdam", "/dossiers/" + caseId + "/hulp")).isEqualTo(403);
        // the police see the veiligheidsplan, not the contact log
        assertThat(status("agent", "/dossiers/" + caseId + "/hulp/contact")).isEqualTo(403);
        assertThat(status("vt.drenthe", "/dossiers/" + caseId + "/hulp/onbekend")).isEqualTo(404);
    }

    @Test
    void the_address_check_is_for_the_police_and_the_check_queue_for_the_municipality() {
        assertThat(status("agent", "/adrescheck?postcode=9401AB&huisnummer=1")).isEqualTo(200);
        assertThat(status("vt.drenthe", "/adrescheck?postcode=9401AB&huisnummer=1")).isEqualTo(403);
        assertThat(status("jurist.assen", "/controle")).isEqualTo(200);
    }

    @Test
    void an_altered_choice_in_a_form_gets_a_dutch_message_and_nothing_is_saved() {
        var response = new WebSession(port, "agent").post("/dossiers/" + caseId + "/overtredingen",
                "vorm=XYZ&gemeldDoor=POLITIE&beschrijving=test&occurredAt=2026-01-01T10:00");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Controleer de invoer", "Ongeldige waarde.");
        assertThat(new Api(port).get("agent", "/api/v1/dossiers/" + caseId + "/overtredingen").json()).isEmpty();
    }

    @Test
    void a_page_of_a_case_outside_the_users_area_is_refused() {
        assertThat(status("hovj.amsterdam", "/dossiers/" + caseId)).isEqualTo(403);
        assertThat(status("hovj.amsterdam", "/dossiers/" + caseId + "/rihg")).isEqualTo(403);
        assertThat(status("vt.drenthe", "/dossiers/" + caseId)).isEqualTo(200);
    }
}
