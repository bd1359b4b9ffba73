package nl.huisverbod.decision;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Wth 9 and 2(9): only the mayor extends or withdraws, within the law's limits; the order ends by itself. */
@IntegrationTest
class ExtensionWithdrawalEndTest extends ApiTestSupport {

    @Autowired
    OrderEnding orderEnding;

    private JsonNode imposed() {
        String id = cases.readyForDecision("hovj", "GM0106");
        Api.Response r = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling."));
        require(r, 200);
        return r.json();
    }

    private static Instant imposedAt(JsonNode hv) {
        return Instant.parse(hv.path("opgelegdOp").asString());
    }

    /** An urgent extension: nobody heard and no advice yet, each with the mayor's reason (Awb 4:11). */
    private Api.Response extend(String user, JsonNode hv, Instant newEnd) {
        return api.post(user, "/api/v1/dossiers/" + hv.path("dossierId").asString() + "/verlenging", Map.of(
                "version", hv.path("version").asInt(), "eindigtOp", newEnd.toString(),
                "redenen", "Dreiging houdt aan: nieuwe berichten, hulp nog niet op gang.",
                "nietGehoordReden", "Onbekende verblijfplaats; telefonisch onbereikbaar.",
                "zorgadviesOntbreektReden", "Overtreding op dag 2 laat geen ruimte om te wachten.",
                "beleidsadviesOntbreektReden", "Volgt op het zorgadvies; om dezelfde reden niet afgewacht."));
    }

    @Test
    void an_extension_rests_on_the_hearing_of_the_evicted_person_and_both_advices_or_says_why_each_is_missing() {
        // Wth 9, Awb 4:8 and 4:11: five minutes after imposing, nobody heard and no advice: refused, naming all three
        JsonNode hv = imposed();
        Api.Response bare = api.post("burgemeester.assen", "/api/v1/dossiers/" + hv.path("dossierId").asString()
                + "/verlenging", Map.of("version", hv.path("version").asInt(),
                "eindigtOp", imposedAt(hv).plus(Duration.ofDays(14)).toString(), "redenen", "Dreiging houdt aan."));
        assertThat(bare.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bare.json().path("invalidParams").forEach(p -> fields.add(p.path("name").asString()));
        assertThat(fields).containsExactlyInAnyOrder("nietGehoordReden", "zorgadviesOntbreektReden",
                "beleidsadviesOntbreektReden");
        assertThat(bare.body()).contains("decision.extend.notHeard", "decision.extend.noZorgadvies",
                "decision.extend.noBeleidsadvies");
        assertThat(extend("burgemeester.assen", hv, imposedAt(hv).plus(Duration.ofDays(14))).status()).isEqualTo(200);
    }

    private List<String> kinds(String user, String dossierId) {
        List<String> kinds = new ArrayList<>();
        api.get(user, "/api/v1/inbox").json().forEach(n -> {
            if (n.path("dossierId").asString().equals(dossierId)) {
                kinds.add(n.path("kind").asString());
            }
        });
        return kinds;
    }

    private String bodyOf(String user, String dossierId, String kind) {
        StringBuilder body = new StringBuilder();
        api.get(user, "/api/v1/inbox").json().forEach(n -> {
            if (n.path("dossierId").asString().equals(dossierId) && n.path("kind").asString().equals(kind)) {
                body.append(n.path("body").asString());
            }
        });
        return body.toString();
    }

    @Test
    void an_order_cannot_be_extended_beyond_four_weeks_after_it_was_imposed() {
        JsonNode hv = imposed();
        Api.Response r = extend("burgemeester.assen", hv, LegalTime.extensionMaximum(imposedAt(hv)).plusSeconds(60));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("decision.extend.beyondMaximum", "eindigtOp");
    }

    @Test
    void a_hovj_can_neither_extend_nor_withdraw_an_order_and_is_told_the_article_that_says_so() {
        // Wth 3: extension and withdrawal cannot be mandated
        JsonNode hv = imposed();
        Api.Response extension = extend("hovj", hv, imposedAt(hv).plus(Duration.ofDays(14)));
        assertThat(extension.status()).isEqualTo(403);
        assertThat(extension.json().path("detail").asString())
                .isEqualTo("Alleen de burgemeester kan een huisverbod verlengen (Wth art. 3 en 9).");
        Api.Response withdrawal = api.post("hovj", "/api/v1/dossiers/" + hv.path("dossierId").asString() + "/intrekking",
                Map.of("version", hv.path("version").asInt(), "reden", "HULP_AANVAARD"));
        assertThat(withdrawal.status()).isEqualTo(403);
        assertThat(withdrawal.json().path("detail").asString())
                .isEqualTo("Alleen de burgemeester kan een huisverbod intrekken (Wth art. 2 lid 9 en 3).");
        assertThat(api.get("hovj.amsterdam", "/api/v1/dossiers/" + hv.path("dossierId").asString()).json()
                .path("detail").asString()).as("who may not see the case is told nothing more")
                .isEqualTo("U heeft geen toegang tot deze gegevens. Uw poging is vastgelegd.");
    }

    @Test
    void an_order_cannot_be_extended_after_it_ended() {
        JsonNode hv = imposed();
        clock.set(Instant.parse(hv.path("eindigtOp").asString()).plusSeconds(60));
        Api.Response beforeSweep = extend("burgemeester.assen", hv, imposedAt(hv).plus(Duration.ofDays(20)));
        assertThat(beforeSweep.status()).isEqualTo(400);
        assertThat(beforeSweep.body()).contains("decision.extend.afterEnd");
        orderEnding.endDueOrders();
        JsonNode ended = api.get("hovj", "/api/v1/dossiers/" + hv.path("dossierId").asString() + "/huisverbod").json();
        assertThat(ended.path("status").asString()).isEqualTo("BEEINDIGD");
        Api.Response afterSweep = extend("burgemeester.assen", ended, imposedAt(hv).plus(Duration.ofDays(20)));
        assertThat(afterSweep.status()).isEqualTo(400);
        assertThat(afterSweep.body()).contains("decision.notRunning");
    }

    @Test
    void the_mayor_extends_to_the_maximum_the_police_see_the_new_end_and_a_verlengingsbeschikking_is_issued()
            throws Exception {
        JsonNode hv = imposed();
        String id = hv.path("dossierId").asString();
        Instant max = LegalTime.extensionMaximum(imposedAt(hv));
        JsonNode extended = extend("burgemeester.assen", hv, max).json();
        assertThat(Instant.parse(extended.path("eindigtOp").asString())).isEqualTo(max);
        assertThat(LegalTime.local(max).toLocalTime()).isEqualTo(LegalTime.local(imposedAt(hv)).toLocalTime());
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id).json().path("status").asString()).isEqualTo("VERLENGD");

        JsonNode verlenging = null;
        for (JsonNode b : extended.path("beschikkingen")) {
            if (b.path("soort").asString().equals("VERLENGING")) {
                verlenging = b;
            }
        }
        assertThat(verlenging).isNotNull();
        try (var doc = Loader.loadPDF(api.get("jurist.assen", "/api/v1/dossiers/" + id + "/beschikkingen/"
                + verlenging.path("id").asString()).bytes())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(doc).replaceAll("\\s+", " ")).contains("Verlengingsbeschikking", "verlengd",
                    "eindigt nu op " + LegalTime.formatLong(max), "Dreiging houdt aan", "Ineke Testpersoon",
                    "M. Jansen burgemeester van Assen", "Assen, ", "Kenmerk HV-", "pagina 1 van",
                    "beroep instellen bij de Rechtbank Noord-Nederland, team bestuursrecht", "De uithuisgeplaatste is niet gehoord (artikel 4:11 Algemene wet bestuursrecht). De reden "
                            + "daarvoor is: Onbekende verblijfplaats; telefonisch onbereikbaar.",
                    "Er is geen zorgadvies. De reden daarvoor is: Overtreding op dag 2",
                    "Er is geen beleidsadvies. De reden daarvoor is: Volgt op het zorgadvies",
                    "Deze beschikking wordt bekendgemaakt door uitreiking of toezending")
                    .doesNotContain("krachtens mandaat", "in persoon uitgereikt");
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(kinds("agent", id)).contains("HUISVERBOD_VERLENGD"));
        // what only the police do stays in the police's notice
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(bodyOf("agent", id, "HUISVERBOD_VERLENGD")).contains("Pas de adresmelding en het toezicht aan");
            assertThat(bodyOf("vt.drenthe", id, "HUISVERBOD_VERLENGD")).isNotEmpty().doesNotContain("adresmelding");
            assertThat(bodyOf("jurist.assen", id, "HUISVERBOD_VERLENGD")).isNotEmpty().doesNotContain("adresmelding");
        });
        String nr = api.get("agent", "/api/v1/dossiers/" + id).json().path("adres").path("huisnummer").asString();
        JsonNode flag = api.get("agent", "/api/v1/adresmeldingen?postcode=9401AB&huisnummer=" + nr).json();
        assertThat(flag).anyMatch(f -> f.path("dossierId").asString().equals(id)
                && Instant.parse(f.path("eindigtOp").asString()).equals(max));
    }

    @Test
    void the_mayor_withdraws_with_a_reason_and_the_address_flag_is_lifted() throws Exception {
        JsonNode hv = imposed();
        String id = hv.path("dossierId").asString();
        Api.Response noReason = api.post("burgemeester.assen", "/api/v1/dossiers/" + id + "/intrekking",
                Map.of("version", hv.path("version").asInt()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reden\"");
        JsonNode withdrawn = api.post("burgemeester.assen", "/api/v1/dossiers/" + id + "/intrekking", Map.of(
                "version", hv.path("version").asInt(), "reden", "HULP_AANVAARD",
                "toelichting", "Reclassering bevestigt deelname aan behandeling.")).json();
        assertThat(withdrawn.path("status").asString()).isEqualTo("INGETROKKEN");
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id).json().path("status").asString()).isEqualTo("INGETROKKEN");
        String intrekkingId = null;
        for (JsonNode b : withdrawn.path("beschikkingen")) {
            if (b.path("soort").asString().equals("INTREKKING")) {
                intrekkingId = b.path("id").asString();
            }
        }
        try (var doc = Loader.loadPDF(api.get("jurist.assen", "/api/v1/dossiers/" + id + "/beschikkingen/" + intrekkingId)
                .bytes())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("ingetrokken",
                    "omdat de uithuisgeplaatste hulp heeft aanvaard, de hulpverlening dat heeft bevestigd en hij of zij"
                            + " de hulpverlening aan de huisgenoten niet zal belemmeren", "Reclassering bevestigt");
        }
        String nr = api.get("agent", "/api/v1/dossiers/" + id).json().path("adres").path("huisnummer").asString();
        assertThat(api.get("agent", "/api/v1/adresmeldingen?postcode=9401AB&huisnummer=" + nr).json())
                .noneMatch(f -> f.path("dossierId").asString().equals(id));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(kinds("agent", id)).contains("HUISVERBOD_INGETROKKEN"));
    }

    @Test
    void the_timeline_shows_every_step_in_order_and_by_whom() {
        JsonNode hv = imposed();
        String id = hv.path("dossierId").asString();
        require(extend("burgemeester.assen", hv, imposedAt(hv).plus(Duration.ofDays(20))), 200);
        List<String> steps = new ArrayList<>();
        api.get("vt.drenthe", "/api/v1/dossiers/" + id + "/tijdlijn").json().forEach(e ->
                steps.add(e.path("wat").asString() + " / " + e.path("door").asString()));
        assertThat(steps).containsSubsequence("registratie dossier / hovj", "toetsing criteria / hovj",
                "invullen risicotaxatie / hovj", "vaststellen risicotaxatie / hovj", "besluit huisverbod / hovj",
                "verlenging huisverbod (Wth art. 9) / burgemeester.assen");
        assertThat(api.get("hovj.amsterdam", "/api/v1/dossiers/" + id + "/tijdlijn").status()).isEqualTo(403);
    }

    @Test
    void the_order_ends_by_itself_at_its_end_moment_and_the_partners_are_told() {
        JsonNode hv = imposed();
        String id = hv.path("dossierId").asString();
        Instant end = Instant.parse(hv.path("eindigtOp").asString());
        clock.set(end.minusSeconds(1));
        orderEnding.endDueOrders();
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id + "/huisverbod").json().path("status").asString())
                .isEqualTo("OPGELEGD");
        clock.set(end);
        orderEnding.endDueOrders();
        JsonNode ended = api.get("hovj", "/api/v1/dossiers/" + id + "/huisverbod").json();
        assertThat(ended.path("status").asString()).isEqualTo("BEEINDIGD");
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id).json().path("status").asString()).isEqualTo("BEEINDIGD");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(kinds("vt.drenthe", id)).contains("HUISVERBOD_BEEINDIGD"));
        assertThat(LocalDateTime.ofInstant(end, LegalTime.ZONE)).isEqualTo(
                LocalDateTime.ofInstant(imposedAt(hv), LegalTime.ZONE).plusDays(10));
    }
}
