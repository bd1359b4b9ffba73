package nl.huisverbod.web;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The first hours through the REST API, against the real database, role by role. */
@IntegrationTest
class FirstHoursApiTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    GreenMail greenMail;

    @Test
    void under_a_full_mandate_the_hovj_imposes_and_the_municipality_veilig_thuis_and_the_mayor_are_told() throws Exception {
        String id = cases.readyForDecision("hovj", "GM0106");
        Api.Response decided = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit",
                cases.impose("Ernstige mishandeling van de partner."));
        require(decided, 200);
        JsonNode hv = decided.json();
        assertThat(hv.path("status").asString()).isEqualTo("OPGELEGD");
        assertThat(hv.path("besluitRol").asString()).isEqualTo("HOVJ");
        assertThat(hv.path("beschikkingen")).hasSize(1);

        // Wth 2(8) and 3(2): in-app inboxes and e-mail, after the decision committed
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(inboxSubjects("jurist.assen")).anyMatch(s -> s.contains("Huisverbod opgelegd in Assen"));
            assertThat(inboxSubjects("vt.drenthe")).anyMatch(s -> s.contains("Huisverbod opgelegd in Assen"));
            assertThat(inboxKinds("burgemeester.assen")).contains("HUISVERBOD_BURGEMEESTER");
            assertThat(inboxKinds("om.noord")).contains("HUISVERBOD_OM");
        });
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(recipients())
                .contains("vt.drenthe@demo.huisverbod.example", "gemeente.assen@demo.huisverbod.example",
                        "burgemeester.assen@demo.huisverbod.example"));
        assertThat(jdbc.sql("""
                select count(*) from email_delivery e join notification n on n.id = e.notification_id
                where n.dossier_id = ? and e.status = 'VERZONDEN'""").param(java.util.UUID.fromString(id))
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
        // the notice keeps its words' keys: the lawyer reads it in English, the e-mail copy went out in Dutch
        String nummer = api.get("hovj", "/api/v1/dossiers/" + id).json().path("nummer").asString();
        assertThat(api.get("jurist.assen", "/api/v1/inbox?lang=en").json().toString())
                .contains("Order imposed in Assen (" + nummer + ")", "Please check it legally.");
        List<String> mailed = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            mailed.add(m.getSubject());
        }
        assertThat(mailed).contains("Huisverbod opgelegd in Assen (" + nummer + ")");
    }

    @Test
    void the_beschikking_states_everything_wth_2_4_demands() throws Exception {
        String id = cases.readyForDecision("hovj", "GM0106");
        JsonNode hv = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit",
                cases.impose("Slachtoffer met een mes bedreigd in bijzijn van de kinderen.")).json();
        String beschikkingId = hv.path("beschikkingen").get(0).path("id").asString();
        Api.Response pdf = api.get("jurist.assen", "/api/v1/dossiers/" + id + "/beschikkingen/" + beschikkingId);
        require(pdf, 200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        String text;
        try (var doc = Loader.loadPDF(pdf.bytes())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("\\s+", " ");
            // PDF/A-3u: the XMP metadata declares the conformance
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray()))
                    .contains("pdfaid:part>3<").contains("pdfaid:conformance>U<");
        }
        String ends = nl.huisverbod.shared.LegalTime.formatLong(java.time.Instant.parse(hv.path("eindigtOp").asString()));
        assertThat(text)
                .contains("De burgemeester van Assen")
                .contains("krachtens mandaat")                                   // Wth 3
                .contains("Teststraat")                                          // place
                .contains("eindigt op " + ends)                                  // duration, exact end
                .contains("Slachtoffer met een mes bedreigd")                    // facts
                .contains("Ineke Testpersoon", "Noor Testpersoon")               // protected names
                .contains("onmiddellijk verlaten", "sleutels")                   // Wth 4
                .contains("gevangenisstraf van ten hoogste twee jaren")          // Wth 11
                .contains("beroep instellen", "voorlopige voorziening");         // appeal
    }

    @Test
    void under_a_signing_mandate_the_hovj_proposes_and_the_mayor_decides() {
        String id = cases.readyForDecision("hovj", "GM0114");
        JsonNode proposal = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Feiten.")).json();
        assertThat(proposal.path("status").asString()).isEqualTo("VOORGESTELD");
        assertThat(proposal.path("beschikkingen")).isEmpty();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(inboxKinds("burgemeester.emmen")).contains("VOORSTEL_BURGEMEESTER"));

        Map<String, Object> decision = new java.util.HashMap<>(cases.impose("Feiten, door de burgemeester bevestigd."));
        decision.put("version", proposal.path("version").asInt());
        JsonNode decided = api.post("burgemeester.emmen", "/api/v1/dossiers/" + id + "/besluit", decision).json();
        assertThat(decided.path("status").asString()).isEqualTo("OPGELEGD");
        assertThat(decided.path("besluitRol").asString()).isEqualTo("BURGEMEESTER");
    }

    @Test
    void without_a_mandate_only_the_mayor_decides_and_a_police_officer_cannot_decide_at_all() {
        String id = cases.readyForDecision("hovj", "GM0118");
        assertThat(api.post("agent", "/api/v1/dossiers/" + id + "/besluit", cases.impose("x")).status()).isEqualTo(403);
        assertThat(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("x")).json()
                .path("status").asString()).isEqualTo("VOORGESTELD");
        assertThat(api.post("burgemeester.hoogeveen", "/api/v1/dossiers/" + id + "/besluit", Map.of(
                "besluit", "NIET_OPLEGGEN", "redenNietOpleggen", "NIET_NODIG", "afwijkingsreden",
                "Vrijwillig vertrokken, hulp aanvaard")).json().path("status").asString()).isEqualTo("NIET_OPGELEGD");
        // the RiHG is kept when no order follows (domain.md §5)
        assertThat(api.get("burgemeester.hoogeveen", "/api/v1/dossiers/" + id + "/risicotaxatie").json()
                .path("status").asString()).isEqualTo("DEFINITIEF");
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id).json().path("status").asString()).isEqualTo("NIET_OPGELEGD");
    }

    @Test
    void a_minor_cannot_be_ordered_out() {
        String id = cases.register("hovj", "GM0106", LocalDate.now().minusYears(17));
        cases.assess("hovj", id, List.of("B1", "B2"), false);
        Api.Response r = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("feiten"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(codes(r)).contains("decision.minor");
        assertThat(count("huisverbod", id)).isZero();
    }

    @Test
    void an_order_for_child_abuse_needs_veilig_thuis_consulted_first() {
        String id = cases.register("hovj", "GM0106");
        cases.criteria("hovj", id, true);
        JsonNode rihg = cases.assess("hovj", id, List.of("B1", "B9"), true);
        Api.Response refused = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("feiten"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(codes(refused)).contains("decision.vtNotConsulted");

        require(api.post("hovj", "/api/v1/dossiers/" + id + "/risicotaxatie/raadpleging-veilig-thuis", Map.of(
                "version", rihg.path("version").asInt(), "geraadpleegdOp", java.time.Instant.now().minusSeconds(600).toString(),
                "geraadpleegd", "L. Visser, Veilig Thuis Drenthe", "verslag", "Advies: huisverbod")), 200);
        assertThat(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("feiten")).status()).isEqualTo(200);
    }

    private Api.Response registerAt(String postcode, String gemeenteCode, String reden) {
        var body = cases.registration(gemeenteCode, cases.household(LocalDate.of(1985, 3, 14)));
        body.put("postcode", postcode);
        body.put("gemeenteReden", reden);
        return api.post("hovj", "/api/v1/dossiers", body);
    }

    private static List<String> codesOf(Api.Response r) {
        List<String> codes = new ArrayList<>();
        r.json().path("invalidParams").forEach(p -> codes.add(p.path("name").asString() + ":" + p.path("code").asString()));
        return codes;
    }

    @Test
    void the_municipality_follows_the_address_so_an_assen_postcode_is_not_filed_under_emmen() {
        // Wth 2(1): the mayor of the municipality where the home lies decides
        Api.Response emmen = registerAt("9401 AB", "GM0114", null);
        assertThat(emmen.status()).isEqualTo(400);
        assertThat(codesOf(emmen)).containsExactly("gemeenteCode:dossier.gemeente.notAtAddress");
        assertThat(emmen.body()).contains("Deze postcode ligt in Assen");
        Api.Response none = registerAt("9401 AB", null, null);
        require(none, 201);
        assertThat(none.json().path("adres").path("gemeenteCode").asString()).isEqualTo("GM0106");
    }

    @Test
    void a_postcode_on_a_municipal_border_asks_which_and_an_unknown_postcode_asks_for_the_municipality_and_why() {
        // 9417 has addresses in Midden-Drenthe and Westerveld: the user confirms one of the two
        Api.Response border = registerAt("9417 AB", null, null);
        assertThat(codesOf(border)).containsExactly("gemeenteCode:dossier.gemeente.confirmAtBorder");
        assertThat(border.body()).contains("Midden-Drenthe / Westerveld");
        assertThat(codesOf(registerAt("9417 AB", "GM0106", null))).containsExactly("gemeenteCode:dossier.gemeente.notAtAddress");
        assertThat(registerAt("9417 AB", "GM1701", null).json().path("adres").path("gemeenteCode").asString()).isEqualTo("GM1701");
        // 9400 is not a postcode in the CBS table (a new street, a typing error): the municipality and the reason
        assertThat(codesOf(registerAt("9400 AB", null, null))).containsExactlyInAnyOrder(
                "gemeenteCode:dossier.gemeente.unknownPostcode", "gemeenteReden:dossier.gemeente.reasonForUnknownPostcode");
        assertThat(codesOf(registerAt("9400 AB", "GM0106", null)))
                .containsExactly("gemeenteReden:dossier.gemeente.reasonForUnknownPostcode");
        Api.Response reasoned = registerAt("9400 AB", "GM0106", "Nieuwbouwwijk Kloosterveen; postcode nog niet in de bron.");
        require(reasoned, 201);
        assertThat(reasoned.json().path("adres").path("gemeenteCode").asString()).isEqualTo("GM0106");
    }

    @Test
    void bad_input_is_refused_with_every_invalid_field_and_nothing_is_saved() {
        long before = jdbc.sql("select count(*) from dossier").query(Long.class).single();
        var persons = new ArrayList<>(List.of(
                CaseFixture.person("UITHUISGEPLAATSTE", "", LocalDate.now().plusDays(3), "PARTNER"),
                Map.<String, Object>of("rol", "KIND", "voornamen", "Bo", "achternaam", "X", "geboortedatum", "1990-01-01",
                        "relatie", "KIND", "bsn", "123456789")));
        var body = cases.registration("GM9999", persons);
        body.put("postcode", "12345");
        body.put("incidentNummer", "");
        Api.Response r = api.post("hovj", "/api/v1/dossiers", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.header("API-Version")).isEqualTo("1.0.0");
        List<String> fields = new ArrayList<>();
        r.json().path("invalidParams").forEach(p -> fields.add(p.path("name").asString()));
        assertThat(fields).contains("postcode", "incidentNummer", "gemeenteCode",
                "personen[0].voornamen", "personen[0].geboortedatum", "personen[0].relatie",
                "personen[1].geboortedatum", "personen[1].bsn");
        r.json().path("invalidParams").forEach(p -> assertThat(p.path("reason").asString()).isNotBlank());
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);

        Api.Response badJson = api.post("hovj", "/api/v1/dossiers", "{\"entryRoute\": \"ONZIN\"}");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().path("invalidParams").get(0).path("name").asString()).isEqualTo("entryRoute");
        // the title in the language of the detail, not Spring's English reason phrase
        assertThat(badJson.json().path("title").asString()).isEqualTo("Ongeldig verzoek");
        assertThat(api.post("hovj", "/api/v1/dossiers?lang=en", "{\"entryRoute\": \"ONZIN\"}").json().path("title")
                .asString()).isEqualTo("Bad request");
    }

    @Test
    void concurrent_edits_are_detected_not_overwritten() {
        String id = cases.register("hovj", "GM0106");
        Map<String, Object> criteria = Map.of("version", 0, "meerderjarig", true, "meerderjarigReden", "a",
                "woonachtig", true, "woonachtigReden", "b", "gevaar", true, "gevaarReden", "c");
        require(api.put("hovj", "/api/v1/dossiers/" + id + "/toetsingscriteria", criteria), 200);
        Api.Response stale = api.put("agent", "/api/v1/dossiers/" + id + "/toetsingscriteria", criteria);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void two_decisions_on_the_same_case_at_the_same_moment_give_one_order_and_a_clear_refusal() throws Exception {
        String id = cases.readyForDecision("hovj", "GM0106");
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("feiten")).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var r : results) {
                statuses.add(r.get());
            }
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).anyMatch(s -> s == 409 || s == 400);
        } finally {
            pool.shutdown();
        }
        assertThat(count("huisverbod", id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from beschikking b join huisverbod h on h.id = b.huisverbod_id "
                + "where h.dossier_id = ?").param(java.util.UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_api_follows_the_nl_api_design_rules() {
        Api.Response spec = api.get(null, "/api/v1/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.json().path("openapi").asString()).startsWith("3.");
        assertThat(spec.json().path("servers").get(0).path("url").asString()).isEqualTo("/api/v1");
        assertThat(spec.json().path("paths").has("/dossiers")).isTrue();
        assertThat(spec.json().at("/paths/~1dossiers/get/responses/200/headers").has("API-Version")).isTrue();
        assertThat(spec.json().at("/paths/~1dossiers/post/responses/400/content").has("application/problem+json"))
                .isTrue();
        assertThat(spec.json().at("/info/contact").has("email")).isTrue();
        assertThat(api.get("hovj", "/api/v1/dossiers/").status()).isEqualTo(404);
        Api.Response anonymous = api.get(null, "/api/v1/dossiers");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("hovj", "/api/v1/dossiers").header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void a_running_order_is_flagged_to_the_police_at_its_address() {
        String id = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("feiten")), 200);
        String nr = api.get("hovj", "/api/v1/dossiers/" + id).json().path("adres").path("huisnummer").asString();
        JsonNode flags = api.get("agent", "/api/v1/adresmeldingen?postcode=9401AB&huisnummer=" + nr).json();
        assertThat(flags).anyMatch(f -> f.path("dossierId").asString().equals(id));
        assertThat(api.get("vt.drenthe", "/api/v1/adresmeldingen?postcode=9401AB&huisnummer=" + nr).status())
                .isEqualTo(403);
    }

    private List<String> codes(Api.Response r) {
        List<String> codes = new ArrayList<>();
        r.json().path("invalidParams").forEach(p -> codes.add(p.path("code").asString()));
        return codes;
    }

    private long count(String table, String dossierId) {
        return jdbc.sql("select count(*) from " + table + " where dossier_id = ?")
                .param(java.util.UUID.fromString(dossierId)).query(Long.class).single();
    }

    private List<String> inboxSubjects(String user) {
        List<String> subjects = new ArrayList<>();
        api.get(user, "/api/v1/inbox").json().forEach(n -> subjects.add(n.path("subject").asString()));
        return subjects;
    }

    private List<String> inboxKinds(String user) {
        List<String> kinds = new ArrayList<>();
        api.get(user, "/api/v1/inbox").json().forEach(n -> kinds.add(n.path("kind").asString()));
        return kinds;
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            for (var a : m.getAllRecipients()) {
                to.add(a.toString());
            }
        }
        return to;
    }
}
