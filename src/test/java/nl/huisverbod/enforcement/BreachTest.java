package nl.huisverbod.enforcement;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Breaches of an order (Wth 11): reported by any partner, seen by the police at once, source protected. */
@IntegrationTest
class BreachTest extends ApiTestSupport {

    @Autowired
    RunAs runAs;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Organisations organisations;

    private JsonNode imposed() {
        String id = cases.readyForDecision("hovj", "GM0106");
        Api.Response r = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling."));
        require(r, 200);
        return r.json();
    }

    private JsonNode breachInTimeline(String user, String dossierId) {
        return api.get(user, "/api/v1/dossiers/" + dossierId + "/tijdlijn").json().valueStream()
                .filter(e -> e.path("wat").asString().startsWith("melding overtreding")).findFirst().orElseThrow();
    }

    private Map<String, Object> breach(Instant at, boolean confidential) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", at.toString());
        body.put("vorm", "AANWEZIG_BIJ_WONING");
        body.put("gemeldDoor", "RECLASSERING");
        body.put("bronVertrouwelijk", confidential);
        body.put("beschrijving", "Cliënt vertelde dat hij gisteravond voor de deur stond.");
        return body;
    }

    @Test
    void a_care_providers_confidential_report_reaches_the_police_without_exposing_its_source_to_others() {
        JsonNode hv = imposed();
        String id = hv.path("dossierId").asString();
        UUID reclassering = organisations.ofType(OrganisationType.ZORGAANBIEDER).stream()
                .filter(o -> o.name().equals("Reclassering Noord")).findFirst().orElseThrow().id();
        runAs.run("vt.drenthe", () -> dossiers.assign(UUID.fromString(id), reclassering, null, null));

        Instant at = Instant.parse(hv.path("opgelegdOp").asString()).plusSeconds(600);
        clock.set(at.plusSeconds(3600));
        Api.Response reported = api.post("reclassering", "/api/v1/dossiers/" + id + "/overtredingen", breach(at, true));
        require(reported, 201);
        assertThat(reported.json().path("bron").asString()).isEqualTo("Reclassering Noord");

        JsonNode police = api.get("agent", "/api/v1/dossiers/" + id + "/overtredingen").json().get(0);
        assertThat(police.path("bron").asString()).isEqualTo("Reclassering Noord");
        JsonNode vt = api.get("vt.drenthe", "/api/v1/dossiers/" + id + "/overtredingen").json().get(0);
        assertThat(vt.path("bronVertrouwelijk").asBoolean()).isTrue();
        assertThat(vt.path("bron").isNull()).isTrue();
        // nor does the timeline give the source away by who recorded the report
        for (String other : List.of("vt.drenthe", "burgemeester.assen", "jurist.assen")) {
            JsonNode report = breachInTimeline(other, id);
            assertThat(report.path("bronVertrouwelijk").asBoolean()).as(other).isTrue();
            assertThat(report.path("door").isNull() && report.path("organisatie").isNull()).as(other).isTrue();
        }
        for (String mayKnow : List.of("agent", "reclassering")) {
            assertThat(breachInTimeline(mayKnow, id).path("organisatie").asString()).isEqualTo("Reclassering Noord");
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<JsonNode> notices = new ArrayList<>();
            api.get("agent", "/api/v1/inbox").json().forEach(n -> {
                if (n.path("dossierId").asString().equals(id) && n.path("kind").asString().equals("OVERTREDING")) {
                    notices.add(n);
                }
            });
            assertThat(notices).hasSize(1);
            assertThat(notices.get(0).path("body").asString()).doesNotContain("Reclassering");
        });
        // Wth 9, 11: the municipality and the mayor weigh it for an extension, the prosecutor for the crime;
        // each once, never with the source
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            for (String told : List.of("jurist.assen", "burgemeester.assen", "om.noord", "vt.drenthe")) {
                List<JsonNode> notices = new ArrayList<>();
                api.get(told, "/api/v1/inbox").json().forEach(n -> {
                    if (n.path("dossierId").asString().equals(id) && n.path("kind").asString().equals("OVERTREDING")) {
                        notices.add(n);
                    }
                });
                assertThat(notices).as(told).hasSize(1);
                assertThat(notices.get(0).path("body").asString()).as(told).doesNotContain("Reclassering");
            }
        });
    }

    @Test
    void a_breach_lies_within_the_order_period_and_every_missing_field_is_named() {
        JsonNode hv = imposed();
        String id = hv.path("dossierId").asString();
        Instant imposedAt = Instant.parse(hv.path("opgelegdOp").asString());
        Api.Response before = api.post("agent", "/api/v1/dossiers/" + id + "/overtredingen",
                breach(imposedAt.minusSeconds(3600), false));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.body()).contains("enforcement.outsidePeriod");
        Api.Response future = api.post("agent", "/api/v1/dossiers/" + id + "/overtredingen",
                breach(Instant.now().plusSeconds(3600), false));
        assertThat(future.body()).contains("enforcement.future");
        Api.Response empty = api.post("agent", "/api/v1/dossiers/" + id + "/overtredingen", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"occurredAt\"", "\"vorm\"", "\"gemeldDoor\"", "\"beschrijving\"");
        assertThat(api.get("agent", "/api/v1/dossiers/" + id + "/overtredingen").json()).isEmpty();

        String noOrder = cases.register("hovj", "GM0106");
        assertThat(api.post("agent", "/api/v1/dossiers/" + noOrder + "/overtredingen",
                breach(Instant.now().minusSeconds(60), false)).status()).isEqualTo(404);
    }

    @Test
    void the_om_records_its_decision_on_a_breach() {
        JsonNode hv = imposed();
        String id = hv.path("dossierId").asString();
        Instant at = Instant.parse(hv.path("opgelegdOp").asString()).plusSeconds(60);
        clock.set(at.plusSeconds(3600));
        Api.Response reported = api.post("agent", "/api/v1/dossiers/" + id + "/overtredingen", breach(at, false));
        require(reported, 201);
        JsonNode o = reported.json();
        String path = "/api/v1/dossiers/" + id + "/overtredingen/" + o.path("id").asString() + "/om-beslissing";
        assertThat(api.put("hovj", path, Map.of("version", 0, "omBeslissing", "DAGVAARDING")).status()).isEqualTo(403);
        JsonNode decided = api.put("om.noord", path, Map.of("version", 0, "omBeslissing", "DAGVAARDING")).json();
        assertThat(decided.path("omBeslissing").asString()).isEqualTo("DAGVAARDING");
        assertThat(api.put("om.noord", path, Map.of("version", 0, "omBeslissing", "STRAFBESCHIKKING")).status())
                .isEqualTo(409);
    }
}
