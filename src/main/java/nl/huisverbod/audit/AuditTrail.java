package nl.huisverbod.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.shared.TraceContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. An entry is appended in the caller's transaction, without any lock: it
 * exists exactly when what it records happened. The {@link AuditSealer} links committed entries into the
 * hash chain afterwards, one sealer at a time across the nodes, and the {@link AuditAnchor} signs its head
 * (docs/adr/0013). Database triggers refuse every update and delete.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final CurrentUserProvider currentUser;
    private final Clock clock;
    private final AuditVerifier verifier;

    AuditTrail(JdbcClient jdbc, CurrentUserProvider currentUser, Clock clock, AuditVerifier verifier) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.verifier = verifier;
    }

    /** Records a read or write within the caller's transaction: a rolled-back write leaves no entry. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        append(record);
    }

    /**
     * Records a refused attempt in its own transaction, so that it stays even though the request fails. It
     * takes no lock, so it may be called at any point of a request, also after the request wrote something.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(AuditRecord record) {
        append(record);
    }

    /**
     * Records a login or a failed attempt, in its own transaction. {@code user} is the account that logged in;
     * for a failed attempt it is null and {@code username} is what was typed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(boolean success, String username, CurrentUser user, String source) {
        recordLoginStep(success, username, user, source, success ? "aanmelden" : "mislukte aanmelding");
    }

    /** Records a second-factor code given at login, right or wrong, in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecondFactor(boolean success, CurrentUser user, String source) {
        recordLoginStep(success, user.username(), user, source, success ? "tweede factor" : "mislukte tweede factor");
    }

    private void recordLoginStep(boolean success, String username, CurrentUser user, String source, String purpose) {
        String name = username == null ? "" : username.trim();
        append(new AuditRecord(success ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED, "aanmelding", null, null,
                List.of(), purpose, "AVG art. 32", source == null ? null : "vanaf " + source), user,
                name.length() > 100 ? name.substring(0, 100) : name);
    }

    private void append(AuditRecord r) {
        CurrentUser user = currentUser.find().orElse(null);
        append(r, user, user == null ? "systeem" : user.username());
    }

    private void append(AuditRecord r, CurrentUser user, String username) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TraceContext trace = TraceContext.current().orElse(null);
        jdbc.sql("""
                with entry as (
                    insert into audit_entry (seq, occurred_at, user_id, username, organisation_id, organisation_name,
                        role, action, object_type, object_id, dossier_id, person_ids, purpose, legal_basis, details,
                        trace_id, span_id, parent_span_id, processing_activity)
                    values (nextval('audit_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    returning seq)
                insert into audit_pending (entry_seq) select seq from entry""")
                .params(java.sql.Timestamp.from(now), user == null ? null : user.userId(),
                        username, user == null ? null : user.organisationId(),
                        user == null ? null : user.organisationName(), user == null ? null : user.role().name(),
                        r.action().name(), r.objectType(), r.objectId(), r.dossierId(),
                        r.personIds().toArray(UUID[]::new), r.purpose(), r.legalBasis(), r.details(),
                        trace == null ? null : trace.traceId(), trace == null ? null : trace.spanId(),
                        trace == null ? null : trace.parentSpanId(), ProcessingActivity.of(r.objectType()).id())
                .update();
    }

    /**
     * Seals what is pending, then recomputes every hash in order and holds the chain against the anchor's
     * signed checkpoints; reports the first place that is no longer proven.
     */
    public AuditVerification verify() {
        return verifier.verify();
    }

    /** The signed heads of the chain, newest first, for an outside party to keep. */
    @Transactional(readOnly = true)
    public List<AuditCheckpoint> checkpoints(int limit) {
        return jdbc.sql("select * from audit_checkpoint order by position desc limit ?").param(Math.min(limit, 1000))
                .query((rs, n) -> new AuditCheckpoint(rs.getLong("position"), rs.getString("head_hash"),
                        rs.getTimestamp("signed_at").toInstant(), rs.getString("key_id"), rs.getString("signature")))
                .list();
    }

    /**
     * One page of what {@code q} finds, newest first, read as a page in the database: an investigation reaches
     * every entry, however many there are.
     */
    @Transactional(readOnly = true)
    public nl.huisverbod.platform.PageOf<AuditEntry> search(AuditQuery q, String page, int size) {
        var params = new ArrayList<Object>();
        String where = where(q, params);
        return nl.huisverbod.platform.PageOf.read(page, size, (int) count(where, params),
                (offset, limit) -> rows(where, params, NEWEST_FIRST, offset, limit));
    }

    /** The page of what {@code q} finds that an API caller asked for, in the order it asked (newest first by default). */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery q, nl.huisverbod.platform.ListRequest page) {
        var params = new ArrayList<Object>();
        String where = where(q, params);
        return page.answer(rows(where, params, page.orderBy(AuditRows.SORT_COLUMNS, "seq desc"), page.offset(),
                page.pageSize()), count(where, params));
    }

    private static final String NEWEST_FIRST = " order by seq desc";

    private long count(String where, List<Object> params) {
        return jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
    }

    private List<AuditEntry> rows(String where, List<Object> params, String orderBy, long offset, int limit) {
        var paged = new ArrayList<Object>(params);
        paged.add(offset);
        paged.add(limit);
        return jdbc.sql("select * from audit_entry" + where + orderBy + " offset ? limit ?").params(paged)
                .query(AuditRows::entry).list();
    }

    private static String where(AuditQuery q, List<Object> params) {
        var sql = new StringBuilder(" where true");
        if (q.username() != null && !q.username().isBlank()) {
            sql.append(" and lower(username) = lower(?)");
            params.add(q.username().trim());
        }
        if (q.dossierId() != null) {
            sql.append(" and dossier_id = ?");
            params.add(q.dossierId());
        }
        if (q.personIds() != null) {
            sql.append(" and person_ids && ?");
            params.add(q.personIds().toArray(new UUID[0]));
        }
        if (q.traceId() != null && !q.traceId().isBlank()) {
            sql.append(" and trace_id = ?");
            params.add(q.traceId().trim().toLowerCase(java.util.Locale.ROOT));
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
        return sql.toString();
    }

    /**
     * The case's timeline: every change, in order, with who did it in which organisation and why. The caller
     * has authorised access to the case.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> timeline(UUID dossierId) {
        return jdbc.sql("select * from audit_entry where dossier_id = ? and action = 'WRITE' order by seq")
                .param(dossierId).query(AuditRows::entry).list();
    }

    /**
     * Every access to the data of the person(s) with this BSN, for an AVG access request, newest first: the
     * persons to ask the trail about ({@link AuditQuery#about}), every entry reachable page by page. The look-up
     * itself is recorded, with the BSN masked.
     */
    @Transactional
    public AuditQuery whoAccessedBsn(String bsn, PersonLookup lookup) {
        String normalised = nl.huisverbod.shared.Bsn.normalise(bsn);
        if (!nl.huisverbod.shared.Bsn.isValid(normalised)) {
            throw nl.huisverbod.shared.InvalidInputException.of("bsn", "dossier.bsn.invalid");
        }
        List<UUID> persons = lookup.personIdsWithBsn(normalised);
        append(new AuditRecord(AuditAction.READ, "audit-inzage", null, null, persons,
                "AVG-inzageverzoek: wie heeft dit dossier ingezien", "AVG art. 15",
                "BSN " + new nl.huisverbod.shared.Bsn(normalised).masked()));
        return AuditQuery.about(persons);
    }
}
