package nl.huisverbod.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals appended entries into the hash chain, off the request path (docs/adr/0013). Every node runs it; a
 * transaction-scoped advisory lock lets one sealer at a time extend the chain, so the chain has one order
 * without a fork. Only committed entries are visible to it, so an entry is never sealed for something that
 * was rolled back; a crash between two batches leaves the rest pending for the next run. After sealing, the
 * head of the chain is signed by the {@link AuditAnchor} at most once per {@code checkpoint-interval}.
 */
@Component
class AuditSealer {

    static final long SEAL_LOCK = 0x48564155444954L; // "HVAUDIT"
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate tx;
    private final AuditAnchor anchor;
    private final Clock clock;
    private final long checkpointIntervalNanos;
    private volatile long lastCheckpointNanos = System.nanoTime();

    AuditSealer(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions, AuditAnchor anchor,
                Clock clock, @Value("${huisverbod.audit.checkpoint-interval:PT1M}") Duration checkpointInterval) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.anchor = anchor;
        this.clock = clock;
        this.checkpointIntervalNanos = checkpointInterval.toNanos();
    }

    @Scheduled(fixedDelayString = "${huisverbod.audit.seal-interval:PT0.5S}")
    void sealScheduled() {
        try {
            seal(false);
            if (System.nanoTime() - lastCheckpointNanos >= checkpointIntervalNanos) {
                checkpoint(false);
            }
        } catch (RuntimeException e) {
            log.warn("Sealing the audit trail failed; the entries stay pending for the next run", e);
        }
    }

    /**
     * Seals everything committed and pending. {@code wait}: wait for another node's sealer instead of leaving
     * the work to it. Returns the number of entries this call sealed.
     */
    int seal(boolean wait) {
        int total = 0;
        while (true) {
            Integer sealed = tx.execute(status -> sealBatch(wait));
            if (sealed == null || sealed < 0) {
                return total;
            }
            total += sealed;
            if (sealed < BATCH) {
                return total;
            }
        }
    }

    /** Signs the current head when the chain grew since the last checkpoint; {@code wait} as for {@link #seal}. */
    void checkpoint(boolean wait) {
        tx.executeWithoutResult(status -> {
            if (!lock(wait)) {
                return;
            }
            var head = head();
            long last = jdbc.sql("select coalesce(max(position), 0) from audit_checkpoint").query(Long.class).single();
            if (head.position() > last) {
                AuditCheckpoint c = anchor.sign(head.position(), head.hash(), clock.instant().truncatedTo(ChronoUnit.MICROS));
                jdbc.sql("insert into audit_checkpoint (position, head_hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)")
                        .params(c.position(), c.headHash(), Timestamp.from(c.signedAt()), c.keyId(), c.signature())
                        .update();
            }
        });
        lastCheckpointNanos = System.nanoTime();
    }

    private int sealBatch(boolean wait) {
        if (!lock(wait)) {
            return -1;
        }
        List<Long> pending = jdbc.sql("select entry_seq from audit_pending order by entry_seq limit ?")
                .param(BATCH).query(Long.class).list();
        if (pending.isEmpty()) {
            return 0;
        }
        List<AuditEntry> entries = jdbc.sql("select * from audit_entry where seq = any(?) order by seq")
                .param(pending.toArray(Long[]::new)).query(AuditRows::entry).list();
        var head = head();
        long position = head.position();
        String prev = head.hash();
        Timestamp now = Timestamp.from(clock.instant());
        var rows = new ArrayList<Object[]>(entries.size());
        for (AuditEntry e : entries) {
            String hash = AuditChain.hash(e, prev);
            rows.add(new Object[] {++position, e.seq(), prev, hash, now});
            prev = hash;
        }
        batch.batchUpdate("insert into audit_seal (position, entry_seq, prev_hash, hash, sealed_at) values (?, ?, ?, ?, ?)",
                rows);
        jdbc.sql("delete from audit_pending where entry_seq = any(?)").param(pending.toArray(Long[]::new)).update();
        return entries.size();
    }

    private boolean lock(boolean wait) {
        if (wait) {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(SEAL_LOCK).query().singleValue();
            return true;
        }
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(SEAL_LOCK)
                .query(Boolean.class).single());
    }

    private Head head() {
        return jdbc.sql("select position, hash from audit_seal order by position desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Head(0, AuditChain.GENESIS));
    }

    record Head(long position, String hash) {
    }
}
