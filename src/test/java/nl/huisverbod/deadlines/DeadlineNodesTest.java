package nl.huisverbod.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.huisverbod.support.ApplicationNode;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Timers are rows, not threads: a node that stops loses none, and a node that starts finds them. Two real
 * application nodes on one database sweep at the same moment and each missed deadline is escalated once.
 * The extra nodes are whole applications of their own, started on this test's database.
 */
@IntegrationTest
class DeadlineNodesTest {

    @Autowired
    EmbeddedPostgres pg;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Deadlines deadlines;

    private ConfigurableApplicationContext startNode() {
        return ApplicationNode.start(pg);
    }

    private long escalations(List<UUID> dossiers) {
        return jdbc.sql("select count(*) from notification where kind = 'TERMIJN_VERSTREKEN' and dossier_id in (:ids)")
                .param("ids", dossiers).query(Long.class).single();
    }

    @Test
    void a_node_that_stops_loses_no_timer_and_two_nodes_escalate_each_missed_deadline_once() throws Exception {
        List<UUID> dossiers = new ArrayList<>();
        ConfigurableApplicationContext first = startNode();
        try {
            DeadlineRepository timers = first.getBean(DeadlineRepository.class);
            Instant started = Instant.now().minus(Duration.ofHours(30));
            for (int i = 0; i < 40; i++) {
                UUID dossier = UUID.randomUUID();
                dossiers.add(dossier);
                // the municipality owns the reachability deadline (Wth 2(6)); due 6 hours ago
                timers.open(dossier, "HV-NODE-" + i, DeadlineKind.BEREIKBAARHEID, "GM0106", started);
            }
        } finally {
            first.close();
        }

        // the node that created the timers is gone; a new node and this one sweep at the same moment
        ConfigurableApplicationContext second = startNode();
        try {
            Deadlines other = second.getBean(Deadlines.class);
            var go = new CountDownLatch(1);
            var a = CompletableFuture.supplyAsync(() -> sweepAfter(go, other));
            var b = CompletableFuture.supplyAsync(() -> sweepAfter(go, deadlines));
            go.countDown();
            a.get();
            b.get();
            assertThat(jdbc.sql("select count(*) from deadline where dossier_id in (:ids) and status = 'MISSED'")
                    .param("ids", dossiers).query(Long.class).single()).isEqualTo(40);
            // Gemeente Assen is the one organisation serving GM0106: one escalation per deadline, from either node
            await().atMost(Duration.ofSeconds(30)).until(() -> escalations(dossiers) >= 40);
            Thread.sleep(500);
            assertThat(escalations(dossiers)).isEqualTo(40);
        } finally {
            second.close();
        }
    }

    private static int sweepAfter(CountDownLatch go, Deadlines node) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int total = 0;
        int n;
        do {
            n = node.sweep();
            total += n;
        } while (n > 0);
        return total;
    }
}
