package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks with an owner organisation on the team and a due date; each organisation sees its own open tasks. */
@Service
public class Taken {

    private static final String SELECT = """
            select t.*, o.name as eigenaar, d.nummer from taak t join organisation o on o.id = t.eigenaar_organisation_id
            join dossier d on d.id = t.dossier_id""";
    private final JdbcClient jdbc;
    private final CareContext care;
    private final Hulpteam team;

    Taken(JdbcClient jdbc, CareContext care, Hulpteam team) {
        this.jdbc = jdbc;
        this.care = care;
        this.team = team;
    }

    /** Checks the tasks of a meeting or plan: each needs a text, an owner on the team, and a date not past. */
    void check(Violations v, Dossier d, List<TaakInput> taken) {
        if (taken == null) {
            return;
        }
        Set<UUID> owners = teamOrganisations(d.id());
        for (int i = 0; i < taken.size(); i++) {
            TaakInput t = taken.get(i);
            String f = "taken[" + i + "].";
            v.requireText(t.omschrijving(), f + "omschrijving", 1000);
            v.require(t.eigenaarId() != null && owners.contains(t.eigenaarId()), f + "eigenaarId", "care.task.owner");
            if (t.uiterlijk() == null) {
                v.add(f + "uiterlijk", "validation.required");
            } else {
                v.require(!t.uiterlijk().isBefore(LegalTime.localDate(care.now())), f + "uiterlijk", "care.task.past");
            }
        }
    }

    void add(Dossier d, Taak.Bron bron, UUID bronId, List<TaakInput> taken) {
        if (taken == null) {
            return;
        }
        for (TaakInput t : taken) {
            jdbc.sql("""
                    insert into taak (id, dossier_id, version, bron, bron_id, omschrijving, eigenaar_organisation_id,
                        uiterlijk, created_at) values (?, ?, 0, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), d.id(), bron.name(), bronId, t.omschrijving().trim(), t.eigenaarId(),
                            t.uiterlijk(), ts(care.now())).update();
        }
    }

    /** The owner (or the coordinating team) marks a task done. */
    @Transactional
    public Taak complete(UUID dossierId, UUID taakId, int version) {
        Dossier d = care.change(dossierId, Onderdeel.PLAN, "taak gereed", Role.VT_COORDINATOR, Role.ZORGPROFESSIONAL);
        Taak t = find(dossierId, taakId);
        if (!t.eigenaarId().equals(care.user().organisationId())) {
            care.coordinate(dossierId, Onderdeel.PLAN, "taak van een ander gereed melden");
        }
        int n = jdbc.sql("update taak set gereed_op = ?, version = version + 1 where id = ? and version = ? and gereed_op is null")
                .params(ts(care.now()), taakId, version).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("task changed by someone else");
        }
        care.write(d, "taak", taakId, List.of(), "taak gereed", t.omschrijving());
        return find(dossierId, taakId);
    }

    @Transactional
    public List<Taak> ofDossier(UUID dossierId) {
        care.read(dossierId, Onderdeel.PLAN, "inzien taken");
        return jdbc.sql(SELECT + " where t.dossier_id = ? order by t.gereed_op nulls first, t.uiterlijk")
                .param(dossierId).query(Taken::map).list();
    }

    /** The open tasks of the user's organisation over all its cases, earliest first (the user's work list). */
    public List<Taak> mine() {
        List<Taak> open = jdbc.sql(SELECT + " where t.eigenaar_organisation_id = ? and t.gereed_op is null order by t.uiterlijk limit 200")
                .param(care.user().organisationId()).query(Taken::map).list();
        care.readList("taken", "werkvoorraad taken", open.size() + " open taken getoond");
        return open;
    }

    private Taak find(UUID dossierId, UUID taakId) {
        return jdbc.sql(SELECT + " where t.dossier_id = ? and t.id = ?").params(dossierId, taakId)
                .query(Taken::map).optional().orElseThrow(() -> new NotFoundException("taak"));
    }

    private Set<UUID> teamOrganisations(UUID dossierId) {
        Set<UUID> ids = new HashSet<>();
        team.coordinatie(dossierId).ifPresent(c -> ids.add(c.organisationId()));
        ids.addAll(jdbc.sql("select organisation_id from hulpverlener where dossier_id = ?").param(dossierId)
                .query(UUID.class).list());
        return ids;
    }

    private static Taak map(ResultSet rs, int row) throws SQLException {
        return new Taak(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("dossier_id", UUID.class),
                rs.getString("nummer"), Taak.Bron.valueOf(rs.getString("bron")), rs.getString("omschrijving"),
                rs.getObject("eigenaar_organisation_id", UUID.class), rs.getString("eigenaar"),
                rs.getObject("uiterlijk", java.time.LocalDate.class), instant(rs, "gereed_op"));
    }
}
