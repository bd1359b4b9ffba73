package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care meetings: the coordinator plans one with its agenda, then records who attended, the minutes, the
 * decisions and the tasks that follow. The first one held meets the agreed "first care meeting" deadline.
 */
@Service
public class Zorgoverleggen {

    private final JdbcClient jdbc;
    private final CareContext care;
    private final Hulpteam team;
    private final Taken taken;

    Zorgoverleggen(JdbcClient jdbc, CareContext care, Hulpteam team, Taken taken) {
        this.jdbc = jdbc;
        this.care = care;
        this.team = team;
        this.taken = taken;
    }

    @Transactional
    public Zorgoverleg plan(UUID dossierId, Instant geplandOp, String agenda) {
        Dossier d = care.coordinate(dossierId, Onderdeel.ZORGOVERLEG, "plannen zorgoverleg");
        java.time.Instant imposed = care.requireImposed(dossierId);
        var v = new Violations();
        if (geplandOp == null) {
            v.add("geplandOp", "validation.required");
        } else {
            v.require(!geplandOp.isBefore(imposed), "geplandOp", "care.moment.beforeOrder",
                    nl.huisverbod.shared.LegalTime.formatShort(imposed));
        }
        v.optionalText(agenda, "agenda", 4000);
        v.require(team.coordinatie(dossierId).isPresent(), "dossier", "care.notAccepted");
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into zorgoverleg (id, dossier_id, version, gepland_op, agenda, created_by_name, created_at)
                values (?, ?, 0, ?, ?, ?, ?)""")
                .params(id, d.id(), ts(geplandOp), CareContext.trim(agenda), care.user().displayName(), ts(care.now()))
                .update();
        care.write(d, "zorgoverleg", id, List.of(), "plannen zorgoverleg", null);
        return find(dossierId, id);
    }

    /** Records the meeting as held: when, who attended, minutes, decisions and the tasks agreed. */
    @Transactional
    public Zorgoverleg recordMinutes(UUID dossierId, UUID id, int version, Instant gehoudenOp, String aanwezigen,
                                     String notulen, String besluiten, List<TaakInput> nieuweTaken) {
        Dossier d = care.coordinate(dossierId, Onderdeel.ZORGOVERLEG, "verslag zorgoverleg");
        java.time.Instant imposed = care.requireImposed(dossierId);
        Zorgoverleg z = find(dossierId, id);
        var v = new Violations();
        care.checkMoment(v, "gehoudenOp", gehoudenOp, imposed);
        v.requireText(aanwezigen, "aanwezigen", 4000);
        v.requireText(notulen, "notulen", 16000);
        v.optionalText(besluiten, "besluiten", 8000);
        taken.check(v, d, nieuweTaken);
        v.throwIfAny();
        int n = jdbc.sql("""
                update zorgoverleg set version = version + 1, gehouden_op = ?, aanwezigen = ?, notulen = ?, besluiten = ?
                where id = ? and version = ?""")
                .params(ts(gehoudenOp), aanwezigen.trim(), notulen.trim(), CareContext.trim(besluiten), id, version)
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("meeting changed by someone else");
        }
        taken.add(d, Taak.Bron.ZORGOVERLEG, id, nieuweTaken);
        care.write(d, "zorgoverleg", id, d.personIds(), "verslag zorgoverleg",
                (nieuweTaken == null ? 0 : nieuweTaken.size()) + " taken");
        if (!z.gehouden()) {
            care.announce(d, HulpverleningStap.Stap.ZORGOVERLEG_GEHOUDEN, gehoudenOp);
        }
        return find(dossierId, id);
    }

    @Transactional
    public List<Zorgoverleg> list(UUID dossierId) {
        care.read(dossierId, Onderdeel.ZORGOVERLEG, "inzien zorgoverleggen");
        return jdbc.sql("select * from zorgoverleg where dossier_id = ? order by gepland_op").param(dossierId)
                .query(Zorgoverleggen::map).list();
    }

    private Zorgoverleg find(UUID dossierId, UUID id) {
        return jdbc.sql("select * from zorgoverleg where dossier_id = ? and id = ?").params(dossierId, id)
                .query(Zorgoverleggen::map).optional().orElseThrow(() -> new NotFoundException("zorgoverleg"));
    }

    private static Zorgoverleg map(ResultSet rs, int row) throws SQLException {
        return new Zorgoverleg(rs.getObject("id", UUID.class), rs.getInt("version"), instant(rs, "gepland_op"),
                rs.getString("agenda"), rs.getString("aanwezigen"), rs.getString("notulen"), rs.getString("besluiten"),
                instant(rs, "gehouden_op"), rs.getString("created_by_name"));
    }
}
