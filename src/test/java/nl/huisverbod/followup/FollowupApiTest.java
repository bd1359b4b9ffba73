package nl.huisverbod.followup;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.deadlines.Deadlines;
import nl.huisverbod.decision.OrderEnding;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * After the order: the help funnel with its rules, the problem inventory, time spent, monitoring against the
 * agreed deadlines (a region's extra 6-month contact), the outcome coded at closing.
 */
@IntegrationTest
class FollowupApiTest extends ApiTestSupport {

    @Autowired
    OrderEnding orderEnding;
    @Autowired
    Deadlines deadlines;
    @Autowired
    Organisations organisations;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static Instant at(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, LegalTime.ZONE).toInstant();
    }

    UUID person(String id, String rol) {
        for (JsonNode p : api.get("vt.drenthe", "/api/v1/dossiers/" + id).json().path("personen")) {
            if (p.path("rol").asString().equals(rol)) {
                return UUID.fromString(p.path("id").asString());
            }
        }
        throw new AssertionError(rol);
    }

    Map<String, JsonNode> deadlinesOf(String id) {
        Map<String, JsonNode> m = new HashMap<>();
        api.get("vt.drenthe", "/api/v1/dossiers/" + id + "/termijnen").json().forEach(t -> m.put(t.path("kind").asString(), t));
        return m;
    }

    static Map<String, Object> referral(Object persoon, String programma, String offered) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("persoonId", persoon);
        r.put("programma", programma);
        r.put("aangebodenOp", offered);
        return r;
    }

    @Test
    void the_follow_up_from_the_end_of_the_order_to_closing() {
        String agreement = "/api/v1/termijnafspraken/GEMEENTE/GM0106/MONITORING_6_MAANDEN";
        require(api.put("beheerder", agreement, Map.of("eenheid", "KALENDERDAGEN", "aantal", 182)), 200);
        try {
            run();
        } finally {
            api.delete("beheerder", agreement);
        }
    }

    private void run() {
        clock.set(at(2, 2, 10));
        String id = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        String c = "/api/v1/dossiers/" + id;
        require(api.post("vt.drenthe", c + "/hulpverlening/aanvaarding", Map.of()), 201);
        UUID amw = organisations.ofType(OrganisationType.ZORGAANBIEDER).stream()
                .filter(o -> o.name().equals("Algemeen Maatschappelijk Werk Drenthe")).findFirst().orElseThrow().id();
        require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "PARTNER", "partnerSoort", "AMW",
                "organisationId", amw)), 201);

        // the funnel: offered, accepted, started; its rules
        clock.set(at(2, 3, 10));
        UUID piet = person(id, "UITHUISGEPLAATSTE");
        JsonNode offered = api.post("vt.drenthe", c + "/verwijzingen", referral(piet, "AGRESSIEREGULATIE", "2026-02-03")).json();
        assertThat(offered.path("geslaagd").asBoolean()).isFalse();
        Api.Response child = api.post("vt.drenthe", c + "/verwijzingen", referral(person(id, "KIND"), "AGRESSIEREGULATIE",
                "2026-02-03"));
        assertThat(child.body()).contains("followup.programme.notForPerson");
        assertThat(api.post("amw", c + "/verwijzingen", referral(piet, "GGZ", "2026-02-03")).status()).isEqualTo(403);
        clock.set(at(2, 20, 12));
        String vid = offered.path("verwijzing").path("id").asString();
        Map<String, Object> skipped = referral(piet, "AGRESSIEREGULATIE", "2026-02-03");
        skipped.put("version", 0);
        skipped.put("afgerondOp", "2026-02-19");
        skipped.put("medewerking", 5);
        Api.Response bad = api.put("amw", c + "/verwijzingen/" + vid, skipped);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("invalidParams").toString()).contains("afgerondOp", "followup.funnel.stepMissing");
        // a partner may not change what was offered to whom, only record the steps
        Map<String, Object> other = referral(piet, "RECLASSERINGSTOEZICHT", "2026-02-04");
        other.put("version", 0);
        Api.Response offer = api.put("amw", c + "/verwijzingen/" + vid, other);
        assertThat(offer.status()).isEqualTo(400);
        assertThat(offer.json().path("invalidParams").toString()).contains("programma", "aangebodenOp",
                "followup.referral.offerIsTeams");
        Map<String, Object> started = referral(piet, "AGRESSIEREGULATIE", "2026-02-03");
        started.put("version", 0);
        started.put("geaccepteerdOp", "2026-02-05");
        started.put("gestartOp", "2026-02-20");
        started.put("medewerking", 4);
        started.put("warmeOverdracht", true);
        JsonNode s = api.put("amw", c + "/verwijzingen/" + vid, started).json();
        assertThat(s.path("geslaagd").asBoolean()).isTrue();
        assertThat(s.path("voldoende").asBoolean()).isTrue();
        assertThat(s.path("wachttijdDagen").asInt()).isEqualTo(17);
        assertThat(api.put("amw", c + "/verwijzingen/" + vid, started).status()).isEqualTo(409);
        // help that was needed but not offered (a waiting list): no offer date, stopped at the offer, with why
        Map<String, Object> notOffered = referral(piet, "SCHULDHULP", null);
        Api.Response why = api.post("vt.drenthe", c + "/verwijzingen", notOffered);
        assertThat(why.status()).isEqualTo(400);
        assertThat(why.json().path("invalidParams").toString()).contains("aangebodenOp", "followup.referral.offeredOrWhyNot");
        notOffered.put("uitvalStap", "AANBOD");
        notOffered.put("uitvalReden", "Wachtlijst van drie maanden");
        JsonNode none = require(api.post("vt.drenthe", c + "/verwijzingen", notOffered), 201).json();
        assertThat(none.path("verwijzing").path("aangebodenOp").isNull()).isTrue();
        assertThat(none.path("geslaagd").asBoolean()).isFalse();
        assertThat(none.path("wachttijdDagen").isNull()).isTrue();
        // and the figures' help funnel counts it as needed and not offered (the live cases' "offered" share)
        require(api.post("beheerder", "/api/v1/cijfers/vernieuwing", Map.of()), 200);
        assertThat(jdbc.sql("select t.aangeboden from stat_traject t join stat_zaak z on z.id = t.zaak_id"
                + " where z.bron = 'live' and z.extern_id = ? and t.programma = 'SCHULDHULP'")
                .param(api.get("vt.drenthe", c).json().path("nummer").asString()).query(Boolean.class).single())
                .isFalse();
        assertThat(api.get("opvang", c + "/verwijzingen").status()).isEqualTo(403);

        // the problem inventory: the start before the end
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Leefgebied l : Leefgebied.values()) {
            scores.put(l.name(), 2);
        }
        String inv = c + "/probleeminventaris/" + piet;
        assertThat(api.put("vt.drenthe", inv + "/EIND", Map.of("scores", scores)).body())
                .contains("followup.inventory.startFirst");
        require(api.put("vt.drenthe", inv + "/START", Map.of("scores", scores)), 200);
        scores.put("RELATIE", 1);
        require(api.put("vt.drenthe", inv + "/EIND", Map.of("scores", scores)), 200);
        assertThat(api.get("amw", c + "/probleeminventaris").json()).hasSize(2);

        // time spent
        require(api.post("amw", c + "/tijdregistratie", Map.of("datum", "2026-02-20", "soort", "FACE_TO_FACE",
                "minuten", 60, "reistijd", 30)), 201);
        JsonNode time = api.post("amw", c + "/tijdregistratie", Map.of("datum", "2026-02-20", "soort", "FACE_TO_FACE",
                "minuten", 45)).json();
        assertThat(time.get(0).path("minuten").asInt()).isEqualTo(105);
        assertThat(time.get(0).path("reistijd").asInt()).isEqualTo(30);

        // monitoring starts when the order ends: 6 weeks, 3 months, and the 6 months Assen agreed
        assertThat(api.post("vt.drenthe", c + "/monitoring", Map.of("moment", clock.instant().toString(),
                "bereikt", true, "situatie", "VEILIG", "nieuwGeweld", false)).body()).contains("followup.monitoring.orderRuns");
        clock.set(at(2, 12, 11));
        orderEnding.endDueOrders();
        deadlines.sweep();
        Map<String, JsonNode> d = deadlinesOf(id);
        assertThat(d).containsKeys("MONITORING_6_WEKEN", "MONITORING_3_MAANDEN", "MONITORING_6_MAANDEN")
                .doesNotContainKey("MONITORING_1_JAAR");
        // nobody gave the zorgadvies in this case: missed, not voided by the end of the order
        assertThat(d.get("ZORGADVIES").path("status").asString()).isEqualTo("MISSED");
        clock.set(at(3, 20, 10));
        require(api.post("vt.drenthe", c + "/monitoring", Map.of("moment", at(3, 20, 9).toString(), "bereikt", true,
                "situatie", "VEILIG", "nieuwGeweld", false, "notitie", "Rustig; hulp loopt.")), 201);
        assertThat(deadlinesOf(id).get("MONITORING_6_WEKEN").path("status").asString()).isEqualTo("MET");
        // the 3-month contact is missed, and recorded late
        clock.set(at(5, 20, 10));
        deadlines.sweep();
        assertThat(deadlinesOf(id).get("MONITORING_3_MAANDEN").path("status").asString()).isEqualTo("MISSED");
        require(api.post("vt.drenthe", c + "/monitoring", Map.of("moment", at(5, 20, 9).toString(), "bereikt", true,
                "situatie", "VEILIG", "nieuwGeweld", false)), 201);
        JsonNode late = deadlinesOf(id).get("MONITORING_3_MAANDEN");
        assertThat(late.path("status").asString()).isEqualTo("MISSED");
        assertThat(late.path("metAt").isNull()).isFalse();
        require(api.post("vt.drenthe", c + "/monitoringrapport", Map.of("tekst", "Geen nieuw geweld; hulp afgerond.")), 201);

        // closing: every item of the outcome coding, consistent with the household
        Api.Response incomplete = api.post("vt.drenthe", c + "/afsluiting", Map.of("geweldstype", "PARTNER"));
        assertThat(incomplete.json().path("invalidParams").toString()).contains("ernst", "aard", "partnersUitElkaar");
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("geweldstype", "PARTNER");
        outcome.put("aard", java.util.List.of("FYSIEK", "BEDREIGING"));
        outcome.put("kindermishandeling", "GEEN_KINDEREN");
        outcome.put("ernst", "ERNSTIG");
        outcome.put("intiemTerrorisme", "NEE");
        outcome.put("steunendNetwerk", "GEDEELTELIJK");
        outcome.put("eerderHuisverbod", "NEE");
        outcome.put("bekendBijVtOfPolitie", "JA");
        outcome.put("dreigingAfgenomen", "AFGENOMEN");
        outcome.put("hulpGestartIemand", "GELUKT");
        outcome.put("hulpGestartAchterblijvers", "GEDEELTELIJK");
        outcome.put("hulpGestartUithuisgeplaatste", "GELUKT");
        outcome.put("huishoudenVeranderd", "NEE");
        outcome.put("partnersUitElkaar", "NEE");
        assertThat(api.post("vt.drenthe", c + "/afsluiting", outcome).body()).contains("followup.outcome.children");
        outcome.put("kindermishandeling", "BREED");
        assertThat(api.post("amw", c + "/afsluiting", outcome).status()).isEqualTo(403);
        require(api.post("vt.drenthe", c + "/afsluiting", outcome), 201);
        assertThat(api.get("vt.drenthe", c).json().path("status").asString()).isEqualTo("GESLOTEN");
        assertThat(deadlinesOf(id).get("MONITORING_6_MAANDEN").path("status").asString()).isEqualTo("VERVALLEN");
        assertThat(api.get("jurist.assen", c + "/uitkomst").json().path("ernst").asString()).isEqualTo("ERNSTIG");
        assertThat(api.post("vt.drenthe", c + "/afsluiting", outcome).status()).isEqualTo(400);
        assertThat(Duration.between(at(2, 2, 10), clock.instant()).toDays()).isPositive();
    }
}
