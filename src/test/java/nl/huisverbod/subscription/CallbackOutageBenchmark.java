package nl.huisverbod.subscription;

import static nl.huisverbod.support.CaseFixture.require;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.CallbackReceiver;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test: a partner's receiver is down for five minutes (its port closed) while orders are
 * imposed; measured is whether it gets every event afterwards, in order, each once by its id, how many
 * attempts the outage cost and how long the catching up took. With the production backoff (doubling up to
 * one minute). Run with {@code ./mvnw test -Pbenchmark -Dtest=CallbackOutageBenchmark} ({@code -Doutage=PT1M}
 * for a shorter run); results go to target/benchmarks/callback-outage.md and docs/benchmarks.md.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "huisverbod.subscriptions.max-backoff=PT1M")
class CallbackOutageBenchmark extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_receiver_down_for_five_minutes_gets_every_event_afterwards_in_order_once() throws Exception {
        Duration outage = Duration.parse(System.getProperty("outage", "PT5M"));
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            Api police = api.asSystem("systeem.politie-noord-nederland");
            var created = require(police.post(null, "/api/v1/abonnementen", Map.of("callbackUrl", receiver.url(),
                    "formaat", "CLOUDEVENTS", "soorten", List.of("huisverbod-opgelegd"))), 201).json();
            String secret = created.path("geheim").asString();
            String subscription = created.path("abonnement").path("id").asString();

            List<String> imposed = new ArrayList<>();
            imposed.add(impose());
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);

            receiver.goDown();
            long downAt = System.nanoTime();
            while (System.nanoTime() - downAt < outage.toNanos() - Duration.ofSeconds(20).toNanos()) {
                imposed.add(impose());
                Thread.sleep(Math.max(1000, outage.toMillis() / 25));
            }
            while (System.nanoTime() - downAt < outage.toNanos()) {
                Thread.sleep(200);
            }
            long failedDuringOutage = police.get(null, "/api/v1/abonnementen/" + subscription + "/afleveringen?pageSize=1000")
                    .json().valueStream().filter(a -> !a.path("afgeleverd").asBoolean()).count();
            receiver.comeBack();
            long backAt = System.nanoTime();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> receiver.received().size() >= imposed.size());
            long caughtUpMillis = (System.nanoTime() - backAt) / 1_000_000;
            Thread.sleep(5000); // anything more would be a duplicate

            var got = receiver.received();
            List<String> order = got.stream().map(c -> JSON.readTree(c.body()).path("subject").asString()
                    .substring("dossiers/".length())).toList();
            long distinctIds = got.stream().map(c -> c.header("webhook-id")).distinct().count();
            long signed = got.stream().filter(c -> c.signedWith(secret)).count();
            require(api.delete("beheerder", "/api/v1/abonnementen/" + subscription), 204);

            String report = """
                    # Callbacks after a receiver outage (CallbackOutageBenchmark)

                    | measure | value |
                    |---|---|
                    | outage (port closed) | %s |
                    | events while down | %d |
                    | events received in all | %d (expected %d) |
                    | distinct webhook-ids | %d |
                    | in the order imposed | %s |
                    | signatures valid | %d of %d |
                    | failed attempts during the outage | %d |
                    | from receiver back to all delivered | %d ms |
                    """.formatted(outage, imposed.size() - 1, got.size(), imposed.size(), distinctIds,
                    order.equals(imposed), signed, got.size(), failedDuringOutage, caughtUpMillis);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/callback-outage.md"), report);
            System.out.println(report);
        }
    }

    private String impose() {
        String id = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        return id;
    }
}
