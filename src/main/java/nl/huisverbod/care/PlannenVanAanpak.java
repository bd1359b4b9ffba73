package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The first and the final plan van aanpak; the final one needs the first. */
@Service
public class PlannenVanAanpak {

    private final JdbcClient jdbc;
    private final CareContext care;
    private final Taken taken;

    PlannenVanAanpak(JdbcClient jdbc, CareContext care, Taken taken) {
        this.jdbc = jdbc;
        this.care = care;
        this.taken = taken;
    }

    /**
     * Sets a plan: {@code version} null creates it, otherwise it replaces the text of that version (a
     * concurrent edit is refused). New tasks are added to the plan's tasks.
     */
    @Transactional
    public PlanVanAanpak save(UUID dossierId, PlanVanAanpak.Soort soort, Integer version, String doelen, String afspraken,
                              List<TaakInput> nieuweTaken) {
        Dossier d = care.coordinate(dossierId, Onderdeel.PLAN, "plan van aanpak");
        care.requireImposed(dossierId);
        var v = new Violations();
        v.require(soort != null, "soort", "validation.required");
        v.requireText(doelen, "doelen", 8000);
        v.optionalText(afspraken, "afspraken", 8000);
        if (soort == PlanVanAanpak.Soort.DEFINITIEF) {
            v.require(find(dossierId, PlanVanAanpak.Soort.EERSTE).isPresent(), "soort", "care.plan.firstFirst");
        }
        taken.check(v, d, nieuweTaken);
        v.throwIfAny();
        var now = care.now();
        String by = care.user().displayName();
        UUID id;
        if (version == null) {
            id = UUID.randomUUID();
            try {
                jdbc.sql("""
                        insert into plan_van_aanpak (id, dossier_id, soort, version, doelen, afspraken, vastgesteld_op,
                            vastgesteld_door) values (?, ?, ?, 0, ?, ?, ?, ?)""")
                        .params(id, d.id(), soort.name(), doelen.trim(), CareContext.trim(afspraken), ts(now), by).update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("plan created by someone else");
            }
        } else {
            id = find(dossierId, soort).map(PlanVanAanpak::id)
                    .orElseThrow(() -> new OptimisticLockingFailureException("plan does not exist"));
            int n = jdbc.sql("""
                    update plan_van_aanpak set version = version + 1, doelen = ?, afspraken = ?, vastgesteld_op = ?,
                        vastgesteld_door = ? where id = ? and version = ?""")
                    .params(doelen.trim(), CareContext.trim(afspraken), ts(now), by, id, version).update();
            if (n == 0) {
                throw new OptimisticLockingFailureException("plan changed by someone else");
            }
        }
        taken.add(d, Taak.Bron.PLAN_VAN_AANPAK, id, nieuweTaken);
        care.write(d, "plan-van-aanpak", id, d.personIds(), "plan van aanpak", soort.name());
        return find(dossierId, soort).orElseThrow();
    }

    @Transactional
    public List<PlanVanAanpak> list(UUID dossierId) {
        care.read(dossierId, Onderdeel.PLAN, "inzien plan van aanpak");
        return jdbc.sql("select * from plan_van_aanpak where dossier_id = ? order by soort desc").param(dossierId)
                .query(PlannenVanAanpak::map).list();
    }

    private Optional<PlanVanAanpak> find(UUID dossierId, PlanVanAanpak.Soort soort) {
        return jdbc.sql("select * from plan_van_aanpak where dossier_id = ? and soort = ?")
                .params(dossierId, soort.name()).query(PlannenVanAanpak::map).optional();
    }

    private static PlanVanAanpak map(ResultSet rs, int row) throws SQLException {
        return new PlanVanAanpak(rs.getObject("id", UUID.class), rs.getInt("version"),
                PlanVanAanpak.Soort.valueOf(rs.getString("soort")), rs.getString("doelen"), rs.getString("afspraken"),
                instant(rs, "vastgesteld_op"), rs.getString("vastgesteld_door"));
    }
}
