package nl.huisverbod.web;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refusal, wherever in a request it happens (before anything was recorded, after the request's own reads
 * were recorded, for a part of the case, for a role), holds nothing beyond its request: the next request
 * answers at once, also when refusals and ordinary requests come in together.
 */
@IntegrationTest
class NoRefusalHoldsALockTest extends ApiTestSupport {

    @Autowired
    Organisations organisations;

    private String caseWithAPartner() {
        String id = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        require(api.post("vt.drenthe", "/api/v1/dossiers/" + id + "/hulpverlening/aanvaarding", Map.of()), 201);
        UUID amw = organisations.ofType(OrganisationType.ZORGAANBIEDER).stream()
                .filter(o -> o.name().equals("Algemeen Maatschappelijk Werk Drenthe")).findFirst().orElseThrow().id();
        require(api.post("vt.drenthe", "/api/v1/dossiers/" + id + "/hulpverlening/team",
                Map.of("functie", "PARTNER", "partnerSoort", "AMW", "organisationId", amw)), 201);
        return id;
    }

    private static Api.Response within(int seconds, Supplier<Api.Response> call) throws Exception {
        return CompletableFuture.supplyAsync(call).get(seconds, TimeUnit.SECONDS);
    }

    @Test
    void a_partner_refused_after_its_reads_were_recorded_leaves_the_next_request_free() throws Exception {
        String id = caseWithAPartner();
        assertThat(within(10, () -> api.post("amw", "/api/v1/dossiers/" + id + "/hulpverlening/aanvaarding", Map.of()))
                .status()).isEqualTo(403);
        assertThat(within(5, () -> api.get("hovj", "/api/v1/dossiers")).status()).isEqualTo(200);
        assertThat(within(5, () -> api.get("vt.drenthe", "/api/v1/dossiers/" + id)).status()).isEqualTo(200);
    }

    @Test
    void refusals_of_every_kind_at_once_beside_ordinary_requests_all_answer_and_hold_nothing() throws Exception {
        String id = caseWithAPartner();
        String c = "/api/v1/dossiers/" + id;
        List<Supplier<Api.Response>> refused = List.of(
                () -> api.post("amw", c + "/hulpverlening/aanvaarding", Map.of()),              // role, after reads
                () -> api.get("hovj.amsterdam", c),                                              // out of scope
                () -> api.get("opvang", c + "/risicotaxatie"),                                   // not invited
                () -> api.post("onderzoeker", "/api/v1/dossiers", cases.registration("GM0106",
                        cases.household(java.time.LocalDate.of(1980, 1, 1)))),                   // may not register
                () -> api.get("hovj", "/api/v1/audit-regels"));                                  // administrator only
        List<Supplier<Api.Response>> ordinary = List.of(
                () -> api.get("hovj", "/api/v1/dossiers"),
                () -> api.get("vt.drenthe", c),
                () -> api.get("burgemeester.assen", c + "/tijdlijn"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                refused.forEach(call -> calls.add(CompletableFuture.supplyAsync(() -> call.get().status(), pool)));
                ordinary.forEach(call -> calls.add(CompletableFuture.supplyAsync(() -> call.get().status(), pool)));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < calls.size(); i++) {
                int kind = i % (refused.size() + ordinary.size());
                assertThat(calls.get(i).get()).as("call %d", i).isEqualTo(kind < refused.size() ? 403 : 200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(within(5, () -> api.get("hovj", "/api/v1/dossiers")).status()).isEqualTo(200);
    }
}
