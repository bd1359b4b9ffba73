package nl.huisverbod.deadlines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: measures the deadline sweep (warnings for deadlines at risk, then missed ones)
 * with 100,000 open deadlines on the embedded PostgreSQL,
 * and how long after the sweep the escalation reaches the inbox. Run with {@code ./mvnw test -Pbenchmark};
 * results go to target/benchmarks/ and are recorded in docs/benchmarks.md. Asserts nothing about time.
 */
@Tag("benchmark")
@IntegrationTest
class DeadlineSweepBenchmark {

    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sweep_with_100000_open_deadlines() throws Exception {
        Instant now = Instant.now();
        // 100,000 open deadlines spread over the coming four weeks, none due yet
        jdbc.sql("""
                insert into deadline (id, dossier_id, dossier_nummer, kind, legal, owner_organisation_type,
                    owner_scope_code, starts_at, due_at, warn_at, status)
                select gen_random_uuid(), gen_random_uuid(), 'HV-BENCH-' || g, 'BEREIKBAARHEID', true, 'GEMEENTE',
                    'GM0106', ?, ?::timestamptz + (g % 40320) * interval '1 minute',
                    ?::timestamptz + (g % 40320) * interval '1 minute' - interval '1 hour', 'OPEN'
                from generate_series(1, 100000) g""")
                .params(Timestamp.from(now), Timestamp.from(now.plusSeconds(3600)), Timestamp.from(now.plusSeconds(3600)))
                .update();
        jdbc.sql("analyze deadline").update();

        List<Long> idle = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            deadlines.sweep();
            idle.add((System.nanoTime() - t0) / 1000);
        }

        // 1,000 deadlines fall due at once: one sweep reports them all
        jdbc.sql("update deadline set due_at = ? where dossier_nummer in (select 'HV-BENCH-' || g from generate_series(1, 1000) g)")
                .param(Timestamp.from(now.minusSeconds(1))).update();
        long t0 = System.nanoTime();
        int reported = deadlines.sweep();
        long busy = (System.nanoTime() - t0) / 1000;

        // escalation latency: from the sweep to the notification in the owner's inbox (async, after commit)
        long open = jdbc.sql("select count(*) from deadline where status = 'OPEN'").query(Long.class).single();
        long waitStart = System.nanoTime();
        long notified = 0;
        while (notified < reported && System.nanoTime() - waitStart < Duration.ofSeconds(120).toNanos()) {
            notified = jdbc.sql("select count(*) from notification where kind = 'TERMIJN_VERSTREKEN' and subject like '%HV-BENCH-%'")
                    .query(Long.class).single();
            Thread.sleep(50);
        }
        long escalationMs = (System.nanoTime() - waitStart) / 1_000_000;

        Collections.sort(idle);
        String report = String.join("\n",
                "Deadline sweep benchmark, " + Instant.now(),
                "open deadlines: " + open,
                "idle sweep (none due), 30 runs: median " + idle.get(15) / 1000.0 + " ms, p95 " + idle.get(28) / 1000.0
                        + " ms, max " + idle.get(29) / 1000.0 + " ms",
                "sweep reporting " + reported + " due deadlines: " + busy / 1000.0 + " ms",
                "escalations in the inbox: " + notified + " of " + reported + " after " + escalationMs + " ms",
                "");
        Path out = Path.of("target", "benchmarks", "deadline-sweep.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }
}
