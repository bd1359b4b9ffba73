package nl.huisverbod.web;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huisverbod.reference.Mandaat;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.MunicipalityPolicy;
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

/** What happens at and after serving: oral notice, reachability, keys, lawyer, the legal check, correction. */
@IntegrationTest
class AfterImposingApiTest extends ApiTestSupport {

    @Autowired
    Municipalities municipalities;
    @Autowired
    JdbcClient jdbc;

    private JsonNode imposeOrally(String gemeente) {
        String id = cases.readyForDecision("hovj", gemeente);
        Map<String, Object> body = new java.util.HashMap<>(cases.impose("Mondeling opgelegd op straat; buren hoorden geschreewu."));
        body.put("uitreiking", "MONDELING");
        Api.Response r = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", body);
        require(r, 200);
        return r.json();
    }

    @Test
    void the_written_beschikking_deadline_is_met_when_it_was_served_not_when_that_was_typed_in() {
        // Wth 2(7): served 20 hours after the oral order, recorded 30 hours after it: on time
        JsonNode hv = imposeOrally("GM0106");
        String id = hv.path("dossierId").asString();
        java.time.Instant imposedAt = java.time.Instant.parse(hv.path("opgelegdOp").asString());
        java.time.Instant servedAt = imposedAt.plus(Duration.ofHours(20));
        clock.set(imposedAt.plus(Duration.ofHours(30)));
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/uitreiking", Map.of(
                "version", hv.path("version").asInt(), "uitreiking", "IN_PERSOON",
                "uitgereiktOp", servedAt.toString())), 200);
        JsonNode deadline = servingDeadline(id);
        assertThat(deadline.path("status").asString()).isEqualTo("MET");
        assertThat(java.time.Instant.parse(deadline.path("metAt").asString())).isEqualTo(servedAt);
    }

    @Test
    void serving_is_its_own_step_recorded_when_it_happened_not_presumed_at_the_decision() throws Exception {
        // Wth 2(7), Awb 3:41: choosing "handed over in person" says how, not that it happened
        String id = cases.readyForDecision("hovj", "GM0106");
        JsonNode hv = require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit",
                cases.impose("Partner geslagen; buren hoorden geschreeuw.")), 200).json();
        assertThat(hv.path("mondeling").asBoolean()).isFalse();
        assertThat(hv.path("uitreiking").asString()).as("the way intended").isEqualTo("IN_PERSOON");
        assertThat(hv.path("uitgereiktOp").isNull()).as("not served until recorded").isTrue();
        assertThat(servingDeadline(id).path("status").asString()).isEqualTo("OPEN");
        String beschikking = hv.path("beschikkingen").get(0).path("id").asString();
        try (var doc = Loader.loadPDF(api.get("jurist.assen", "/api/v1/dossiers/" + id + "/beschikkingen/"
                + beschikking).bytes())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Deze beschikking wordt aan de uithuisgeplaatste in persoon uitgereikt")
                    .doesNotContain("Deze beschikking is op");
        }

        java.time.Instant imposedAt = java.time.Instant.parse(hv.path("opgelegdOp").asString());
        java.time.Instant handedOver = imposedAt.plus(Duration.ofMinutes(25));
        clock.set(imposedAt.plus(Duration.ofMinutes(40)));
        JsonNode served = require(api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/uitreiking", Map.of(
                "version", hv.path("version").asInt(), "uitreiking", "IN_PERSOON",
                "uitgereiktOp", handedOver.toString())), 200).json();
        assertThat(java.time.Instant.parse(served.path("uitgereiktOp").asString())).isEqualTo(handedOver);
        assertThat(servingDeadline(id).path("status").asString()).isEqualTo("MET");
        assertThat(java.time.Instant.parse(servingDeadline(id).path("metAt").asString())).isEqualTo(handedOver);
    }

    private JsonNode servingDeadline(String id) {
        for (JsonNode t : api.get("hovj", "/api/v1/dossiers/" + id + "/termijnen").json()) {
            if (t.path("kind").asString().equals("SCHRIFTELIJKE_BESCHIKKING")) {
                return t;
            }
        }
        throw new AssertionError("no serving deadline for " + id);
    }

    @Test
    void after_an_oral_notice_the_written_beschikking_is_flagged_when_not_served_within_24_hours() {
        JsonNode hv = imposeOrally("GM0106");
        String id = hv.path("dossierId").asString();
        assertThat(hv.path("mondeling").asBoolean()).isTrue();
        assertThat(hv.path("uitgereiktOp").isNull()).isTrue();
        assertThat(hv.path("schriftelijkeUitreikingTeLaat").asBoolean()).isFalse();

        clock.set(java.time.Instant.now().plus(Duration.ofHours(25)));
        JsonNode late = api.get("hovj", "/api/v1/dossiers/" + id + "/huisverbod").json();
        assertThat(late.path("schriftelijkeUitreikingTeLaat").asBoolean()).isTrue();

        Api.Response future = api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/uitreiking", Map.of(
                "version", late.path("version").asInt(), "uitreiking", "GEDEPONEERD",
                "uitgereiktOp", clock.instant().plusSeconds(3600).toString()));
        assertThat(future.status()).isEqualTo(400);
        JsonNode served = api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/uitreiking", Map.of(
                "version", late.path("version").asInt(), "uitreiking", "GEDEPONEERD",
                "uitgereiktOp", clock.instant().minusSeconds(60).toString())).json();
        assertThat(served.path("uitreiking").asString()).isEqualTo("GEDEPONEERD");
        assertThat(served.path("schriftelijkeUitreikingTeLaat").asBoolean()).isFalse();
    }

    @Test
    void reachability_keys_and_lawyer_are_recorded_with_their_24_hour_deadlines() {
        String id = imposeOrally("GM0106").path("dossierId").asString();
        JsonNode hv = api.get("hovj", "/api/v1/dossiers/" + id + "/huisverbod").json();
        assertThat(java.time.Instant.parse(hv.path("bereikbaarheidUiterlijk").asString()))
                .isEqualTo(java.time.Instant.parse(hv.path("opgelegdOp").asString()).plus(Duration.ofHours(24)));

        Api.Response empty = api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/bereikbaarheid",
                Map.of("version", hv.path("version").asInt(), "tekst", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("bereikbaarheid");

        hv = api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/bereikbaarheid", Map.of("version",
                hv.path("version").asInt(), "tekst", "Bij zijn broer, Dorpsstraat 1 Beilen, 06-12345678")).json();
        hv = api.post("agent", "/api/v1/dossiers/" + id + "/huisverbod/sleutels", Map.of("version",
                hv.path("version").asInt(), "tekst", "OB-2026-4411")).json();
        Api.Response arrangedFirst = api.post("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod/advocaat",
                Map.of("version", hv.path("version").asInt(), "tekst", "mr. A. Jansen"));
        assertThat(arrangedFirst.status()).isEqualTo(400);
        hv = api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/advocaat-verzoek",
                Map.of("version", hv.path("version").asInt())).json();
        assertThat(java.time.Instant.parse(hv.path("advocaatUiterlijk").asString()))
                .isEqualTo(java.time.Instant.parse(hv.path("advocaatGevraagdOp").asString()).plus(Duration.ofHours(24)));
        hv = api.post("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod/advocaat",
                Map.of("version", hv.path("version").asInt(), "tekst", "mr. A. Jansen")).json();
        assertThat(hv.path("advocaat").asString()).isEqualTo("mr. A. Jansen");
        assertThat(hv.path("sleutelbewijs").asString()).isEqualTo("OB-2026-4411");
        assertThat(hv.path("bereikbaarheid").asString()).contains("Beilen");
        // keys are a police matter (Wth 4)
        assertThat(api.post("vt.drenthe", "/api/v1/dossiers/" + id + "/huisverbod/sleutels", Map.of("version",
                hv.path("version").asInt(), "tekst", "x")).status()).isEqualTo(403);
    }

    @Test
    void the_24_hours_for_a_lawyer_run_from_the_wish_and_each_fact_keeps_the_moment_it_happened() {
        // Wth 5(1), 2(6), 4: entered in the morning, the wish of the night counts, and so do keys and reachability
        JsonNode hv = imposeOrally("GM0106");
        String id = hv.path("dossierId").asString();
        java.time.Instant imposedAt = java.time.Instant.parse(hv.path("opgelegdOp").asString());
        clock.set(imposedAt.plus(Duration.ofHours(6)));
        java.time.Instant wish = imposedAt.plus(Duration.ofMinutes(20));
        Api.Response beforeOrder = api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/advocaat-verzoek",
                Map.of("version", hv.path("version").asInt(), "moment", imposedAt.minus(Duration.ofHours(1)).toString()));
        assertThat(beforeOrder.status()).isEqualTo(400);
        assertThat(beforeOrder.body()).contains("decision.moment.beforeImposing", "moment");
        hv = require(api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/advocaat-verzoek",
                Map.of("version", hv.path("version").asInt(), "moment", wish.toString())), 200).json();
        assertThat(java.time.Instant.parse(hv.path("advocaatGevraagdOp").asString())).isEqualTo(wish);
        assertThat(java.time.Instant.parse(hv.path("advocaatUiterlijk").asString())).isEqualTo(wish.plus(Duration.ofHours(24)));
        Api.Response again = api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/advocaat-verzoek",
                Map.of("version", hv.path("version").asInt()));
        assertThat(again.body()).contains("decision.lawyer.alreadyRequested");

        java.time.Instant keys = imposedAt.plus(Duration.ofMinutes(10));
        hv = require(api.post("agent", "/api/v1/dossiers/" + id + "/huisverbod/sleutels", Map.of("version",
                hv.path("version").asInt(), "tekst", "OB-2026-5512", "moment", keys.toString())), 200).json();
        java.time.Instant reached = imposedAt.plus(Duration.ofMinutes(30));
        hv = require(api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/bereikbaarheid", Map.of("version",
                hv.path("version").asInt(), "tekst", "Bij zijn zus in Beilen", "moment", reached.toString())), 200).json();
        Api.Response lawyerBeforeWish = api.post("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod/advocaat",
                Map.of("version", hv.path("version").asInt(), "tekst", "mr. B. de Vries",
                        "moment", wish.minus(Duration.ofMinutes(15)).toString()));
        assertThat(lawyerBeforeWish.body()).contains("decision.lawyer.beforeRequest");
        java.time.Instant arranged = imposedAt.plus(Duration.ofHours(5));
        hv = require(api.post("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod/advocaat", Map.of("version",
                hv.path("version").asInt(), "tekst", "mr. B. de Vries", "moment", arranged.toString())), 200).json();

        Map<String, JsonNode> deadlines = new java.util.HashMap<>();
        api.get("hovj", "/api/v1/dossiers/" + id + "/termijnen").json()
                .forEach(t -> deadlines.put(t.path("kind").asString(), t));
        assertThat(java.time.Instant.parse(deadlines.get("BEREIKBAARHEID").path("metAt").asString())).isEqualTo(reached);
        assertThat(java.time.Instant.parse(deadlines.get("ADVOCAAT").path("metAt").asString())).isEqualTo(arranged);
        assertThat(java.time.Instant.parse(deadlines.get("ADVOCAAT").path("dueAt").asString()))
                .isEqualTo(wish.plus(Duration.ofHours(24)));
    }

    @Test
    void the_municipality_checks_the_beschikking_and_corrects_a_formal_error_with_a_herstelbeschikking() throws Exception {
        String id = imposeOrally("GM0106").path("dossierId").asString();
        List<String> queue = new ArrayList<>();
        api.get("jurist.assen", "/api/v1/juridische-controles/wachtrij").json()
                .forEach(h -> queue.add(h.path("dossierId").asString()));
        assertThat(queue).contains(id);

        Api.Response flaggedWithoutRemark = api.post("jurist.assen", "/api/v1/dossiers/" + id + "/juridische-controles",
                Map.of("akkoord", List.of("BEVOEGDHEID", "PLAATS_EN_DUUR")));
        assertThat(flaggedWithoutRemark.status()).isEqualTo(400);
        assertThat(flaggedWithoutRemark.body()).contains("opmerkingen");
        Api.Response flagged = api.post("jurist.assen", "/api/v1/dossiers/" + id + "/juridische-controles", Map.of(
                "akkoord", List.of("BEVOEGDHEID", "PLAATS_EN_DUUR", "BESCHERMDEN", "RISICOTAXATIE", "BEKENDMAKING"),
                "opmerkingen", "Tikfout in de feiten: 'geschreewu'."));
        require(flagged, 201);
        assertThat(flagged.json().path("uitkomst").asString()).isEqualTo("GESIGNALEERD");

        int version = api.get("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod").json().path("version").asInt();
        String original = api.get("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod").json().path("beschikkingen")
                .get(0).path("id").asString();
        assertThat(api.post("hovj", "/api/v1/dossiers/" + id + "/herstelbeschikkingen", Map.of("version", version,
                "beschikkingId", original, "vormfout", "SCHRIJFFOUT", "onjuist", "geschreewu",
                "juist", "geschreeuw")).status()).isEqualTo(403);
        Api.Response herstel = api.post("jurist.assen", "/api/v1/dossiers/" + id + "/herstelbeschikkingen",
                Map.of("version", version, "beschikkingId", original, "vormfout", "SCHRIJFFOUT",
                        "onjuist", "geschreewu", "juist", "geschreeuw"));
        require(herstel, 201);
        assertThat(herstel.json().path("soort").asString()).isEqualTo("HERSTEL");
        assertThat(herstel.json().path("herstel").path("herstelt").asString()).isEqualTo(original);
        String nummer = api.get("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod").json().path("beschikkingen")
                .get(0).path("nummer").asString();
        Api.Response pdf = api.get("jurist.assen", "/api/v1/dossiers/" + id + "/beschikkingen/"
                + herstel.json().path("id").asString());
        try (var doc = Loader.loadPDF(pdf.bytes())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(doc).replaceAll("\\s+", " ")).contains("Herstelbeschikking",
                    "herstelt een kennelijke vergissing in beschikking " + nummer,
                    "Waar staat \u201cgeschreewu\u201d, moet staan \u201cgeschreeuw\u201d",
                    "buren hoorden geschreeuw", "De burgemeester van Assen, namens deze,")
                    .as("signed by whoever corrected it, not by the HOvJ who imposed it")
                    .doesNotContain("hulpofficier van justitie, krachtens mandaat");
        }
        JsonNode hv = api.get("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod").json();
        assertThat(hv.path("beschikkingen")).hasSize(2);
        assertThat(hv.path("feiten").asString()).as("later documents carry the correction")
                .isEqualTo("Mondeling opgelegd op straat; buren hoorden geschreeuw.");

        require(api.post("jurist.assen", "/api/v1/dossiers/" + id + "/juridische-controles", Map.of("akkoord",
                List.of("BEVOEGDHEID", "FEITEN", "PLAATS_EN_DUUR", "BESCHERMDEN", "RISICOTAXATIE", "BEKENDMAKING"))), 201);
        List<String> after = new ArrayList<>();
        api.get("jurist.assen", "/api/v1/juridische-controles/wachtrij").json()
                .forEach(h -> after.add(h.path("dossierId").asString()));
        assertThat(after).doesNotContain(id);
    }

    @Test
    void a_herstelbeschikking_corrects_a_formal_error_in_a_named_beschikking_and_never_replaces_the_facts() {
        // a change of substance is a new decision or a withdrawal, not a correction
        String id = imposeOrally("GM0106").path("dossierId").asString();
        JsonNode hv = api.get("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod").json();
        String original = hv.path("beschikkingen").get(0).path("id").asString();
        int version = hv.path("version").asInt();
        String url = "/api/v1/dossiers/" + id + "/herstelbeschikkingen";

        Api.Response otherFacts = api.post("jurist.assen", url, Map.of("version", version, "beschikkingId", original,
                "vormfout", "SCHRIJFFOUT", "onjuist", "Mondeling opgelegd op straat; buren hoorden geschreewu.",
                "juist", "Geheel andere feiten"));
        assertThat(otherFacts.status()).isEqualTo(400);
        assertThat(otherFacts.body()).contains("herstel.substance");
        Api.Response notInIt = api.post("jurist.assen", url, Map.of("version", version, "beschikkingId", original,
                "vormfout", "NAAM", "onjuist", "Jansen", "juist", "Janssen"));
        assertThat(notInIt.body()).contains("herstel.notInBeschikking");
        Api.Response nothingNamed = api.post("jurist.assen", url, Map.of("version", version));
        List<String> fields = new ArrayList<>();
        nothingNamed.json().path("invalidParams").forEach(p -> fields.add(p.path("name").asString()));
        assertThat(fields).contains("beschikkingId", "vormfout", "onjuist", "juist");
        Api.Response otherCase = api.post("jurist.assen", url, Map.of("version", version,
                "beschikkingId", java.util.UUID.randomUUID().toString(), "vormfout", "SCHRIJFFOUT",
                "onjuist", "geschreewu", "juist", "geschreeuw"));
        assertThat(otherCase.body()).contains("herstel.unknownBeschikking");
        assertThat(api.get("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod").json().path("beschikkingen"))
                .as("nothing issued").hasSize(1);
    }

    @Test
    void the_help_organisation_the_municipality_designated_is_told_at_once() {
        MunicipalityPolicy before = municipalities.policy("GM1730");
        municipalities.setPolicy(new MunicipalityPolicy("GM1730", Mandaat.VOLLEDIG,
                "Algemeen Maatschappelijk Werk Drenthe", null));
        try {
            String id = cases.readyForDecision("hovj", "GM1730");
            require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("feiten")), 200);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                List<String> kinds = new ArrayList<>();
                jdbcInbox("Algemeen Maatschappelijk Werk Drenthe", id).forEach(kinds::add);
                assertThat(kinds).contains("HUISVERBOD_HULPVERLENING");
            });
        } finally {
            municipalities.setPolicy(before);
        }
    }

    private List<String> jdbcInbox(String organisation, String dossierId) {
        return jdbc.sql("""
                select n.kind from notification n join organisation o on o.id = n.recipient_organisation_id
                where o.name = ? and n.dossier_id = ?""")
                .params(organisation, java.util.UUID.fromString(dossierId)).query(String.class).list();
    }
}
