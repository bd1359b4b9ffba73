package nl.huisverbod.deadlines;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeadlineRepository {

    private static final String GEMIST_COLUMNS =
            "id, dossier_id, dossier_nummer, kind, owner_organisation_type, owner_scope_code, owner_organisation_id, due_at";
    private final JdbcClient jdbc;

    DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a deadline with its kind's default rule, owned by every organisation serving the scope. */
    void open(UUID dossierId, String nummer, DeadlineKind kind, String scopeCode, Instant startsAt) {
        open(dossierId, nummer, kind, scopeCode, null, startsAt, kind.standaard().dueFrom(startsAt));
    }

    /** Starts a deadline; a second start of the same kind for the same case is ignored (events may repeat). */
    void open(UUID dossierId, String nummer, DeadlineKind kind, String scopeCode, UUID ownerOrganisationId,
              Instant startsAt, Instant dueAt) {
        jdbc.sql("""
                insert into deadline (id, dossier_id, dossier_nummer, kind, legal, owner_organisation_type,
                    owner_scope_code, owner_organisation_id, starts_at, due_at, warn_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict (dossier_id, kind) do nothing""")
                .params(UUID.randomUUID(), dossierId, nummer, kind.name(), kind.legal(), kind.owner().name(), scopeCode,
                        ownerOrganisationId, ts(startsAt), ts(dueAt), ts(TermijnRegel.warnAt(startsAt, dueAt)))
                .update();
    }

    /**
     * Records the act at the moment it was done: MET when on time, also when the deadline was flagged missed only
     * because the act was recorded later than it happened (the alarm stays in missed_at); a late act keeps the
     * status and gets the late moment.
     */
    void meet(UUID dossierId, DeadlineKind kind, Instant at) {
        jdbc.sql("""
                update deadline set met_at = ?, status = case when status in ('OPEN', 'MISSED') and ? <= due_at then 'MET'
                    else status end
                where dossier_id = ? and kind = ? and met_at is null and status <> 'VERVALLEN'""")
                .params(ts(at), ts(at), dossierId, kind.name()).update();
    }

    /** Meets the earliest not yet met deadline of these kinds (the monitoring contacts, one after another). */
    void meetFirst(UUID dossierId, List<DeadlineKind> kinds, Instant at) {
        jdbc.sql("""
                select kind from deadline where dossier_id = :dossier and kind in (:kinds) and met_at is null
                  and status <> 'VERVALLEN' order by due_at limit 1""")
                .param("dossier", dossierId).param("kinds", kinds.stream().map(Enum::name).toList())
                .query(String.class).optional()
                .ifPresent(kind -> meet(dossierId, DeadlineKind.valueOf(kind), at));
    }

    /** The order ended early: open deadlines of these kinds that are not yet due no longer apply. */
    int voidOpen(UUID dossierId, Collection<DeadlineKind> kinds, Instant now) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update deadline set status = 'VERVALLEN' where dossier_id = :dossier and status = 'OPEN' and due_at > :now
                  and kind in (:kinds)""")
                .param("dossier", dossierId).param("now", ts(now))
                .param("kinds", kinds.stream().map(Enum::name).toList()).update();
    }

    /**
     * Marks every open deadline that is due as missed, in one statement: each row changes in exactly one
     * transaction, so with several nodes sweeping at once every deadline is reported exactly once.
     */
    List<DeadlineGemist> markMissed(Instant now, int limit) {
        return jdbc.sql("""
                update deadline set status = 'MISSED', missed_at = ?
                where id in (select id from deadline where status = 'OPEN' and due_at <= ?
                             order by due_at limit ? for update skip locked)
                returning""" + " " + GEMIST_COLUMNS)
                .params(ts(now), ts(now), limit)
                .query((rs, n) -> gemist(rs, true))
                .list();
    }

    /** Marks open deadlines whose warning moment passed as warned, each once, the same way. */
    List<DeadlineGemist> markAtRisk(Instant now, int limit) {
        return jdbc.sql("""
                update deadline set warned_at = ?
                where id in (select id from deadline where status = 'OPEN' and warned_at is null and warn_at <= ?
                               and due_at > ? order by warn_at limit ? for update skip locked)
                returning""" + " " + GEMIST_COLUMNS)
                .params(ts(now), ts(now), ts(now), limit)
                .query((rs, n) -> gemist(rs, false))
                .list();
    }

    List<Deadline> ofDossier(UUID dossierId) {
        return jdbc.sql("select * from deadline where dossier_id = ? order by due_at").param(dossierId)
                .query(DeadlineRepository::map).list();
    }

    /**
     * Open and missed deadlines an organisation owns, most urgent first: those routed to it, and those owned by
     * every organisation of its type serving its scope.
     */
    List<Deadline> ofOwner(UUID organisationId, OrganisationType type, String scopeCode, int limit) {
        return jdbc.sql("""
                select * from deadline where status in ('OPEN', 'MISSED') and met_at is null
                  and (owner_organisation_id = ?
                       or (owner_organisation_id is null and owner_organisation_type = ? and owner_scope_code = ?))
                order by due_at limit ?""")
                .params(organisationId, type.name(), scopeCode, limit).query(DeadlineRepository::map).list();
    }

    private static DeadlineGemist gemist(ResultSet rs, boolean missed) throws SQLException {
        return new DeadlineGemist(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_nummer"), DeadlineKind.valueOf(rs.getString("kind")),
                OrganisationType.valueOf(rs.getString("owner_organisation_type")), rs.getString("owner_scope_code"),
                rs.getObject("owner_organisation_id", UUID.class), instant(rs, "due_at"), missed);
    }

    private static Deadline map(ResultSet rs, int row) throws SQLException {
        return new Deadline(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_nummer"), DeadlineKind.valueOf(rs.getString("kind")), rs.getBoolean("legal"),
                rs.getString("owner_organisation_type"), rs.getString("owner_scope_code"),
                rs.getObject("owner_organisation_id", UUID.class), instant(rs, "starts_at"),
                instant(rs, "due_at"), Deadline.Status.valueOf(rs.getString("status")), instant(rs, "met_at"),
                instant(rs, "missed_at"), instant(rs, "warned_at"));
    }
}
