package nl.huisverbod.audit;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Logboek Dataverwerkingen: a read by a partner's system can be followed across organisations, because the
 * audit entry carries the caller's W3C trace, this system's span in it, and the processing activity.
 */
@IntegrationTest
class AuditTraceTest extends ApiTestSupport {

    private static final String POLICE_SYSTEM = "systeem.politie-noord-nederland";

    @Test
    void an_audit_entry_of_an_api_read_carries_the_callers_trace_and_its_processing_activity() {
        String id = cases.register("hovj", "GM0106");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";
        Api.Response read = api.asSystem(POLICE_SYSTEM).get(null, "/api/v1/dossiers/" + id,
                Map.of("traceparent", "00-" + traceId + "-" + callerSpan + "-01"));
        require(read, 200);
        String answer = read.header("traceresponse");
        assertThat(answer).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        String ourSpan = answer.split("-")[2];
        assertThat(ourSpan).isNotEqualTo(callerSpan);

        JsonNode entries = require(api.get("beheerder", "/api/v1/audit-regels?traceId=" + traceId), 200).json();
        assertThat(entries.size()).isPositive();
        assertThat(entries.valueStream()).allSatisfy(e -> {
            assertThat(e.path("traceId").asString()).isEqualTo(traceId);
            assertThat(e.path("spanId").asString()).isEqualTo(ourSpan);
            assertThat(e.path("parentSpanId").asString()).isEqualTo(callerSpan);
            assertThat(e.path("username").asString()).isEqualTo(POLICE_SYSTEM);
        });
        JsonNode caseRead = entries.valueStream().filter(e -> e.path("action").asString().equals("READ")
                && id.equals(e.path("dossierId").asString())).findFirst().orElseThrow();
        assertThat(caseRead.path("processingActivity").asString()).isEqualTo("huisverbod");

        JsonNode activity = require(api.asSystem(POLICE_SYSTEM).get(null, "/api/v1/verwerkingsactiviteiten/huisverbod"), 200)
                .json();
        assertThat(activity.path("naam").asString()).isNotBlank();
        assertThat(activity.path("grondslag").asString()).contains("Wth");
        assertThat(api.get("agent", "/api/v1/verwerkingsactiviteiten/onbekend").status()).isEqualTo(404);
    }

    @Test
    void a_request_without_a_valid_traceparent_starts_its_own_trace() {
        String id = cases.register("hovj", "GM0106");
        for (String bad : new String[] {"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "00-4BF92F-nonsense"}) {
            Api.Response read = api.get("hovj", "/api/v1/dossiers/" + id, Map.of("traceparent", bad));
            require(read, 200);
            String trace = read.header("traceresponse").split("-")[1];
            assertThat(trace).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736").matches("[0-9a-f]{32}");
            assertThat(api.get("beheerder", "/api/v1/audit-regels?traceId=" + trace).json().valueStream()
                    .map(e -> e.path("parentSpanId"))).allSatisfy(p -> assertThat(p.isNull()).isTrue());
        }
    }
}
