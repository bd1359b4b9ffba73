package nl.huisverbod.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Appends are serialised by a transaction-scoped advisory lock so that
 * the chain has one order across all application nodes (docs/adr/0005). A database trigger refuses every
 * update and delete.
 */
@Service
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x48564155444954L; // "HVAUDIT"
    private final JdbcClient jdbc;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, CurrentUserProvider currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a read or write within the caller's transaction: a rolled-back write leaves no entry. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        append(record);
    }

    /**
     * Records a refused attempt in its own transaction, so that it stays even though the request fails.
     * Call it before the request has written anything (the chain lock would otherwise be held twice).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(AuditRecord record) {
        append(record);
    }

    private void append(AuditRecord r) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
        String prevHash = jdbc.sql("select hash from audit_entry order by seq desc limit 1")
                .query(String.class).optional().orElse(AuditChain.GENESIS);
        long seq = jdbc.sql("select nextval('audit_entry_seq')").query(Long.class).single();
        CurrentUser user = currentUser.find().orElse(null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var unsealed = new AuditEntry(seq, now, user == null ? null : user.userId(),
                user == null ? "systeem" : user.username(), user == null ? null : user.organisationId(),
                user == null ? null : user.organisationName(), user == null ? null : user.role().name(),
                r.action(), r.objectType(), r.objectId(), r.dossierId(), r.personIds(), r.purpose(),
                r.legalBasis(), r.details(), prevHash, null);
        String hash = AuditChain.hash(unsealed);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, user_id, username, organisation_id, organisation_name, role,
                    action, object_type, object_id, dossier_id, person_ids, purpose, legal_basis, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, java.sql.Timestamp.from(now), unsealed.userId(), unsealed.username(),
                        unsealed.organisationId(), unsealed.organisationName(), unsealed.role(), r.action().name(),
                        r.objectType(), r.objectId(), r.dossierId(), r.personIds().toArray(UUID[]::new),
                        r.purpose(), r.legalBasis(), r.details(), prevHash, hash)
                .update();
    }

    /** Recomputes every hash in order; reports the first entry whose content or link does not match. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long[] checked = {0};
        String[] expectedPrev = {AuditChain.GENESIS};
        Long[] broken = {null};
        jdbc.sql("select * from audit_entry order by seq").query(rs -> {
            if (broken[0] != null) {
                return;
            }
            AuditEntry e = map(rs, 0);
            checked[0]++;
            if (!e.prevHash().equals(expectedPrev[0]) || !AuditChain.hash(e).equals(e.hash())) {
                broken[0] = e.seq();
            }
            expectedPrev[0] = e.hash();
        });
        return new AuditVerification(broken[0] == null, checked[0], broken[0]);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery q) {
        var sql = new StringBuilder("select * from audit_entry where true");
        var params = new ArrayList<Object>();
        if (q.username() != null && !q.username().isBlank()) {
            sql.append(" and lower(username) = lower(?)");
            params.add(q.username().trim());
        }
        if (q.dossierId() != null) {
            sql.append(" and dossier_id = ?");
            params.add(q.dossierId());
        }
        if (q.personId() != null) {
            sql.append(" and ? = any(person_ids)");
            params.add(q.personId());
        }
        if (q.action() != null) {
            sql.append(" and action = ?");
            params.add(q.action().name());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(java.sql.Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(java.sql.Timestamp.from(q.to()));
        }
        sql.append(" order by seq desc limit ?");
        params.add(q.limit() <= 0 ? 200 : Math.min(q.limit(), 5000));
        return jdbc.sql(sql.toString()).params(params).query(AuditTrail::map).list();
    }

    /**
     * The case's timeline: every change, in order, with who did it in which organisation and why. The caller
     * has authorised access to the case.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> timeline(UUID dossierId) {
        return jdbc.sql("select * from audit_entry where dossier_id = ? and action = 'WRITE' order by seq")
                .param(dossierId).query(AuditTrail::map).list();
    }

    /** Every access to one person's data, newest first: "who looked at this person's file". */
    public List<AuditEntry> whoAccessedPerson(UUID personId) {
        return search(new AuditQuery(null, null, personId, null, null, null, 1000));
    }

    /**
     * Every access to the data of the person(s) with this BSN, for an AVG access request. The look-up itself is
     * recorded, with the BSN masked.
     */
    @Transactional
    public List<AuditEntry> whoAccessedBsn(String bsn, PersonLookup lookup) {
        String normalised = nl.huisverbod.shared.Bsn.normalise(bsn);
        if (!nl.huisverbod.shared.Bsn.isValid(normalised)) {
            throw nl.huisverbod.shared.InvalidInputException.of("bsn", "dossier.bsn.invalid");
        }
        List<UUID> persons = lookup.personIdsWithBsn(normalised);
        append(new AuditRecord(AuditAction.READ, "audit-inzage", null, null, persons,
                "AVG-inzageverzoek: wie heeft dit dossier ingezien", "AVG art. 15",
                "BSN " + new nl.huisverbod.shared.Bsn(normalised).masked()));
        List<AuditEntry> entries = new ArrayList<>();
        for (UUID person : persons) {
            entries.addAll(whoAccessedPerson(person));
        }
        entries.sort(java.util.Comparator.comparingLong(AuditEntry::seq).reversed());
        return entries;
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        Array persons = rs.getArray("person_ids");
        List<UUID> personIds = persons == null ? List.of() : Arrays.asList((UUID[]) persons.getArray());
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("user_id", UUID.class), rs.getString("username"),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), rs.getString("role"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"),
                rs.getObject("object_id", UUID.class), rs.getObject("dossier_id", UUID.class), personIds,
                rs.getString("purpose"), rs.getString("legal_basis"), rs.getString("details"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
