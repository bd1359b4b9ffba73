package nl.huisverbod.deadlines;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The legal deadlines of the first hours: started, met, missed and escalated, each exactly once. */
@IntegrationTest
class DeadlinesTest extends ApiTestSupport {

    @Autowired
    Deadlines deadlines;
    @Autowired
    DeadlineRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    private JsonNode imposeOrally() {
        String id = cases.readyForDecision("hovj", "GM0106");
        Map<String, Object> body = new HashMap<>(cases.impose("Mondeling opgelegd."));
        body.put("uitreiking", "MONDELING");
        Api.Response r = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", body);
        require(r, 200);
        return r.json();
    }

    private Map<String, JsonNode> byKind(String dossierId) {
        Map<String, JsonNode> kinds = new HashMap<>();
        api.get("hovj", "/api/v1/dossiers/" + dossierId + "/termijnen").json()
                .forEach(t -> kinds.put(t.path("kind").asString(), t));
        return kinds;
    }

    @Test
    void an_oral_order_starts_the_reachability_and_written_beschikking_deadlines_and_a_missed_one_is_escalated() {
        JsonNode hv = imposeOrally();
        String id = hv.path("dossierId").asString();
        Instant imposed = Instant.parse(hv.path("opgelegdOp").asString());
        Map<String, JsonNode> started = byKind(id);
        assertThat(started).containsKeys("BEREIKBAARHEID", "SCHRIFTELIJKE_BESCHIKKING");
        assertThat(Instant.parse(started.get("BEREIKBAARHEID").path("dueAt").asString()))
                .isEqualTo(imposed.plus(Duration.ofHours(24)));
        assertThat(started.get("SCHRIFTELIJKE_BESCHIKKING").path("ownerScopeCode").asString()).isEqualTo("Noord-Nederland");

        // reachability recorded within the 24 hours: met
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/bereikbaarheid", Map.of(
                "version", hv.path("version").asInt(), "tekst", "Bij zijn zus in Beilen")), 200);
        assertThat(byKind(id).get("BEREIKBAARHEID").path("status").asString()).isEqualTo("MET");

        // the written beschikking is not served: after 24 hours the sweep marks it missed and the police are alerted
        clock.set(imposed.plus(Duration.ofHours(25)));
        deadlines.sweep();
        JsonNode missed = byKind(id).get("SCHRIFTELIJKE_BESCHIKKING");
        assertThat(missed.path("status").asString()).isEqualTo("MISSED");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<String> kinds = new ArrayList<>();
            api.get("agent", "/api/v1/inbox").json().forEach(n -> {
                if (n.path("dossierId").asString().equals(id)) {
                    kinds.add(n.path("kind").asString());
                }
            });
            assertThat(kinds).containsOnlyOnce("TERMIJN_VERSTREKEN");
        });
        assertThat(api.get("agent", "/api/v1/termijnen").json())
                .anyMatch(t -> t.path("dossierId").asString().equals(id) && t.path("status").asString().equals("MISSED"));

        // served late: the deadline stays missed, and the late moment is kept
        int version = api.get("hovj", "/api/v1/dossiers/" + id + "/huisverbod").json().path("version").asInt();
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/uitreiking", Map.of("version", version,
                "uitreiking", "IN_PERSOON", "uitgereiktOp", clock.instant().minusSeconds(60).toString())), 200);
        JsonNode late = byKind(id).get("SCHRIFTELIJKE_BESCHIKKING");
        assertThat(late.path("status").asString()).isEqualTo("MISSED");
        assertThat(late.path("metAt").isNull()).isFalse();
    }

    @Test
    void a_wish_for_a_lawyer_starts_a_24_hour_deadline_that_is_met_when_the_lawyer_is_arranged() {
        JsonNode hv = imposeOrally();
        String id = hv.path("dossierId").asString();
        JsonNode requested = api.post("hovj", "/api/v1/dossiers/" + id + "/huisverbod/advocaat-verzoek",
                Map.of("version", hv.path("version").asInt())).json();
        JsonNode lawyer = byKind(id).get("ADVOCAAT");
        assertThat(lawyer.path("status").asString()).isEqualTo("OPEN");
        assertThat(lawyer.path("ownerOrganisationType").asString()).isEqualTo("GEMEENTE");
        require(api.post("jurist.assen", "/api/v1/dossiers/" + id + "/huisverbod/advocaat", Map.of(
                "version", requested.path("version").asInt(), "tekst", "mr. B. de Wit")), 200);
        assertThat(byKind(id).get("ADVOCAAT").path("status").asString()).isEqualTo("MET");
        assertThat(api.get("hovj.amsterdam", "/api/v1/dossiers/" + id + "/termijnen").status()).isEqualTo(403);
    }

    @Test
    void two_nodes_sweeping_at_the_same_moment_report_every_missed_deadline_exactly_once() throws Exception {
        Instant past = Instant.now().minus(Duration.ofDays(3));
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID dossier = UUID.randomUUID();
            mine.add(dossier);
            repository.open(dossier, "HV-TEST-" + i, DeadlineKind.BEREIKBAARHEID, "GM0106", past);
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<DeadlineGemist>>> nodes = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                nodes.add(pool.submit(() -> {
                    start.await();
                    List<DeadlineGemist> reported = new ArrayList<>();
                    List<DeadlineGemist> batch;
                    do {
                        batch = tx.execute(s -> repository.markMissed(Instant.now(), 50));
                        reported.addAll(batch);
                    } while (!batch.isEmpty());
                    return reported;
                }));
            }
            start.countDown();
            List<UUID> reportedDossiers = new ArrayList<>();
            for (var node : nodes) {
                node.get().forEach(g -> reportedDossiers.add(g.dossierId()));
            }
            List<UUID> mineReported = reportedDossiers.stream().filter(mine::contains).toList();
            assertThat(mineReported).hasSize(300).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from deadline where dossier_nummer like 'HV-TEST-%' and status = 'MISSED'")
                .query(Long.class).single()).isEqualTo(300);
    }
}
