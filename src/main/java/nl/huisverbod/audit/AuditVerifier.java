package nl.huisverbod.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.huisverbod.audit.AuditVerification.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the whole chain, position by position, and holds it against the checkpoints in the anchor,
 * which the database does not hold: a rewritten entry, even with every later hash recomputed, no longer
 * matches a signed head, and entries removed from the end leave the chain shorter than a signed head.
 * Pending entries are sealed and the head is signed first, so the check covers everything committed.
 */
@Component
class AuditVerifier {

    private static final String CHAIN = """
            select s.position, s.prev_hash, s.hash as seal_hash, e.*
            from audit_seal s left join audit_entry e on e.seq = s.entry_seq
            order by s.position""";

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final AuditSealer sealer;
    private final AuditAnchor anchor;

    AuditVerifier(DataSource dataSource, PlatformTransactionManager transactions, AuditSealer sealer,
                  AuditAnchor anchor) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.sealer = sealer;
        this.anchor = anchor;
    }

    AuditVerification verify() {
        sealer.seal(true);
        sealer.checkpoint(true);
        return check();
    }

    /** Checks the chain as it is, sealing and signing nothing. */
    AuditVerification check() {
        List<AuditCheckpoint> trusted = anchor.checkpoints();
        Map<Long, AuditCheckpoint> byPosition = new TreeMap<>();
        for (AuditCheckpoint c : trusted) {
            if (!anchor.isValid(c)) {
                return AuditVerification.broken(0, c.position(), Problem.CHECKPOINT_FORGED, 0);
            }
            byPosition.put(c.position(), c);
        }
        long lastSigned = trusted.stream().mapToLong(AuditCheckpoint::position).max().orElse(0);
        return readOnly.execute(status -> {
            var walk = new Walk(byPosition);
            streaming.query(CHAIN, rs -> {
                if (walk.broken == null) {
                    walk.next(rs);
                }
            });
            if (walk.broken == null && lastSigned >= walk.expected) {
                walk.fail(walk.expected, Problem.TRUNCATED);
            }
            if (walk.broken == null) {
                Long orphan = streaming.queryForObject("""
                        select min(e.seq) from audit_entry e
                        where not exists (select 1 from audit_seal s where s.entry_seq = e.seq)
                          and not exists (select 1 from audit_pending p where p.entry_seq = e.seq)""", Long.class);
                if (orphan != null) {
                    walk.fail(walk.expected, Problem.UNSEALED_ENTRY);
                }
            }
            return walk.broken == null ? AuditVerification.intact(walk.checked, walk.matched)
                    : AuditVerification.broken(walk.checked, walk.broken, walk.problem, walk.matched);
        });
    }

    /** The state of one pass along the chain. */
    private static final class Walk {
        final Map<Long, AuditCheckpoint> checkpoints;
        long expected = 1;
        String prev = AuditChain.GENESIS;
        long checked;
        long matched;
        long lastGoodCheckpoint;
        Long broken;
        Problem problem;

        Walk(Map<Long, AuditCheckpoint> checkpoints) {
            this.checkpoints = checkpoints;
        }

        void next(java.sql.ResultSet rs) throws java.sql.SQLException {
            long position = rs.getLong("position");
            if (position != expected || rs.getObject("seq") == null) {
                fail(expected, Problem.ENTRY_MISSING);
                return;
            }
            String prevHash = rs.getString("prev_hash");
            String hash = rs.getString("seal_hash");
            if (!prevHash.equals(prev) || !AuditChain.hash(AuditRows.entry(rs, 0), prevHash).equals(hash)) {
                fail(position, Problem.CONTENT_CHANGED);
                return;
            }
            AuditCheckpoint c = checkpoints.get(position);
            if (c != null) {
                if (!c.headHash().equals(hash)) {
                    fail(lastGoodCheckpoint + 1, Problem.CHECKPOINT_MISMATCH);
                    return;
                }
                matched++;
                lastGoodCheckpoint = position;
            }
            checked++;
            prev = hash;
            expected++;
        }

        void fail(long position, Problem p) {
            broken = position;
            problem = p;
        }
    }
}
