package nl.huisverbod.subscription;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.CallbackReceiver;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The delivery log keeps what is of use: old delivered attempts go, what still waits stays, however old. */
@IntegrationTest
class DeliveryLogPruningTest extends ApiTestSupport {

    @Autowired
    DeliveryLogPruning pruning;
    @Autowired
    JdbcClient jdbc;

    private long count(String table, UUID subscription) {
        return jdbc.sql("select count(*) from " + table + " where subscription_id = ?").param(subscription)
                .query(Long.class).single();
    }

    @Test
    void delivered_attempts_older_than_the_retention_are_removed_and_waiting_ones_are_kept() {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            UUID subscription = UUID.fromString(require(api.asSystem("systeem.politie-noord-nederland").post(null,
                    "/api/v1/abonnementen", Map.of("callbackUrl", receiver.url(), "formaat", "CLOUDEVENTS",
                            "soorten", List.of("huisverbod-opgelegd"))), 201).json().path("abonnement").path("id").asString());
            try {
                String delivered = cases.readyForDecision("hovj", "GM0106");
                require(api.post("hovj", "/api/v1/dossiers/" + delivered + "/besluit", cases.impose("Mishandeling.")), 200);
                await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
                receiver.goDown();
                String waiting = cases.readyForDecision("hovj", "GM0106");
                require(api.post("hovj", "/api/v1/dossiers/" + waiting + "/besluit", cases.impose("Mishandeling.")), 200);
                await().atMost(Duration.ofSeconds(20)).until(() -> count("delivery_attempt", subscription) >= 2);

                // forty days later
                jdbc.sql("update partner_event set occurred_at = occurred_at - interval '40 days' where seq in "
                        + "(select event_seq from subscription_delivery where subscription_id = ?)").param(subscription).update();
                jdbc.sql("update delivery_attempt set attempted_at = attempted_at - interval '40 days' where subscription_id = ?")
                        .param(subscription).update();
                pruning.prune();

                assertThat(jdbc.sql("""
                        select count(*) from subscription_delivery d join partner_event e on e.seq = d.event_seq
                        where d.subscription_id = ? and e.dossier_id = ?""").params(subscription, UUID.fromString(delivered))
                        .query(Long.class).single()).as("the delivered event is gone").isZero();
                assertThat(jdbc.sql("""
                        select count(*) from subscription_delivery d join partner_event e on e.seq = d.event_seq
                        where d.subscription_id = ? and e.dossier_id = ? and d.delivered_at is null""")
                        .params(subscription, UUID.fromString(waiting)).query(Long.class).single())
                        .as("the waiting event stays").isOne();
                assertThat(count("delivery_attempt", subscription)).as("the failed attempts of what waits stay").isPositive();
                receiver.comeBack();
                await().atMost(Duration.ofSeconds(90)).until(() -> receiver.received().size() == 2);
            } finally {
                require(api.delete("beheerder", "/api/v1/abonnementen/" + subscription), 204);
            }
        }
    }
}
