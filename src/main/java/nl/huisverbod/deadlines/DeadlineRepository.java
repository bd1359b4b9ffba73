package nl.huisverbod.deadlines;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeadlineRepository {

    private final JdbcClient jdbc;

    DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a deadline; a second start of the same kind for the same case is ignored (events may repeat). */
    void open(UUID dossierId, String nummer, DeadlineKind kind, String scopeCode, Instant startsAt) {
        jdbc.sql("""
                insert into deadline (id, dossier_id, dossier_nummer, kind, legal, owner_organisation_type,
                    owner_scope_code, starts_at, due_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict (dossier_id, kind) do nothing""")
                .params(UUID.randomUUID(), dossierId, nummer, kind.name(), kind.legal(), kind.owner().name(), scopeCode,
                        ts(startsAt), ts(startsAt.plus(kind.duration())))
                .update();
    }

    /** Records the act: MET when on time; a missed deadline keeps its status and gets the late moment. */
    void meet(UUID dossierId, DeadlineKind kind, Instant at) {
        jdbc.sql("""
                update deadline set met_at = ?, status = case when status = 'OPEN' and ? <= due_at then 'MET' else status end
                where dossier_id = ? and kind = ? and met_at is null""")
                .params(ts(at), ts(at), dossierId, kind.name()).update();
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
                returning id, dossier_id, dossier_nummer, kind, owner_organisation_type, owner_scope_code, due_at""")
                .params(ts(now), ts(now), limit)
                .query((rs, n) -> new DeadlineGemist(rs.getObject("id", UUID.class),
                        rs.getObject("dossier_id", UUID.class), rs.getString("dossier_nummer"),
                        DeadlineKind.valueOf(rs.getString("kind")),
                        OrganisationType.valueOf(rs.getString("owner_organisation_type")),
                        rs.getString("owner_scope_code"), instant(rs, "due_at")))
                .list();
    }

    List<Deadline> ofDossier(UUID dossierId) {
        return jdbc.sql("select * from deadline where dossier_id = ? order by due_at").param(dossierId)
                .query(DeadlineRepository::map).list();
    }

    /** Open and missed deadlines an organisation owns, most urgent first. */
    List<Deadline> ofOwner(OrganisationType type, String scopeCode, int limit) {
        return jdbc.sql("""
                select * from deadline where owner_organisation_type = ? and owner_scope_code = ?
                  and (status <> 'MET') and met_at is null order by due_at limit ?""")
                .params(type.name(), scopeCode, limit).query(DeadlineRepository::map).list();
    }

    private static Deadline map(ResultSet rs, int row) throws SQLException {
        return new Deadline(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_nummer"), DeadlineKind.valueOf(rs.getString("kind")), rs.getBoolean("legal"),
                rs.getString("owner_organisation_type"), rs.getString("owner_scope_code"), instant(rs, "starts_at"),
                instant(rs, "due_at"), Deadline.Status.valueOf(rs.getString("status")), instant(rs, "met_at"),
                instant(rs, "missed_at"));
    }
}
