package nl.huisverbod.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.huisverbod.support.ApplicationNode;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries appended at once from many threads on two application nodes, while both nodes' sealers race to
 * seal them: every committed entry ends up in the chain exactly once, in one order without a gap or a fork,
 * and an entry of a rolled-back transaction never does.
 */
@IntegrationTest
class ConcurrentSealingTest {

    private static final int THREADS_PER_NODE = 6;
    private static final int APPENDS_PER_THREAD = 150;

    @Autowired
    EmbeddedPostgres pg;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void concurrent_appends_on_two_nodes_are_sealed_once_each_without_a_gap_or_a_fork() throws Exception {
        String run = "sealing-" + UUID.randomUUID();
        ConfigurableApplicationContext second = ApplicationNode.start(pg, "huisverbod.audit.seal-interval=PT0.05S");
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        try {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (var node : List.of(new Node(trail, transactions),
                    new Node(second.getBean(AuditTrail.class), second.getBean(PlatformTransactionManager.class)))) {
                for (int t = 0; t < THREADS_PER_NODE; t++) {
                    int thread = t;
                    writers.add(CompletableFuture.runAsync(() -> node.append(run, thread), pool));
                }
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get();

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from audit_pending")
                    .query(Long.class).single() == 0);
        } finally {
            pool.shutdownNow();
            second.close();
        }

        long committed = 2L * THREADS_PER_NODE * APPENDS_PER_THREAD;
        assertThat(jdbc.sql("select count(*) from audit_entry where details like ?").param(run + " committed%")
                .query(Long.class).single()).isEqualTo(committed);
        assertThat(jdbc.sql("""
                select count(*) from audit_seal s join audit_entry e on e.seq = s.entry_seq where e.details like ?""")
                .param(run + " committed%").query(Long.class).single()).isEqualTo(committed);
        assertThat(jdbc.sql("select count(*) from audit_entry where details like ?").param(run + " rolled back%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select max(position) = count(*) from audit_seal").query(Boolean.class).single())
                .as("positions 1..n without a gap").isTrue();
        AuditVerification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(committed);
    }

    /** One node's way of writing: its own trail and transactions. */
    private record Node(AuditTrail trail, PlatformTransactionManager transactions) {

        void append(String run, int thread) {
            var tx = new TransactionTemplate(transactions);
            for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                int n = i;
                tx.executeWithoutResult(status -> trail.record(record(run + " committed " + thread + "/" + n)));
                if (i % 10 == 0) {
                    tx.executeWithoutResult(status -> {
                        trail.record(record(run + " rolled back " + thread + "/" + n));
                        status.setRollbackOnly();
                    });
                }
            }
        }

        private static AuditRecord record(String details) {
            return new AuditRecord(AuditAction.READ, "test", null, null, List.of(), "gelijktijdig verzegelen",
                    "test", details);
        }
    }
}
