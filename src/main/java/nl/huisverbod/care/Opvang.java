package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shelter placements of the evicted person and the crisis beds each Veilig Thuis region reserves. A
 * placement on a crisis bed is refused when the region's beds are all in use that day.
 */
@Service
public class Opvang {

    private final JdbcClient jdbc;
    private final CareContext care;

    private final nl.huisverbod.reference.Municipalities municipalities;

    Opvang(JdbcClient jdbc, CareContext care, nl.huisverbod.reference.Municipalities municipalities) {
        this.jdbc = jdbc;
        this.care = care;
        this.municipalities = municipalities;
    }

    @Transactional
    public Opvangplaatsing place(UUID dossierId, UUID persoonId, String voorziening, Boolean crisisbed, LocalDate van,
                                 LocalDate tot) {
        Dossier d = care.change(dossierId, Onderdeel.OPVANG, "opvang", Role.VT_COORDINATOR, Role.ZORGPROFESSIONAL);
        java.time.Instant imposed = care.requireImposed(dossierId);
        var v = new Violations();
        v.require(persoonId != null && d.personen().stream().anyMatch(p -> p.id().equals(persoonId)
                && p.rol() == PersonRole.UITHUISGEPLAATSTE), "persoonId", "care.shelter.evictedOnly");
        v.requireText(voorziening, "voorziening", 200);
        v.require(crisisbed != null, "crisisbed", "validation.required");
        if (van == null) {
            v.add("van", "validation.required");
        } else {
            v.require(!van.isBefore(LegalTime.localDate(imposed)), "van", "care.moment.beforeOrder",
                    LegalTime.formatShort(imposed));
            v.require(tot == null || !tot.isBefore(van), "tot", "care.shelter.endBeforeStart");
        }
        v.throwIfAny();
        if (Boolean.TRUE.equals(crisisbed)) {
            // serialise placements per region, so two coordinators cannot both take the last bed
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("crisisbed:" + d.vtRegion()).query().singleRow();
            Bezetting b = bezetting(d.vtRegion(), van);
            new Violations().require(b.vrij() > 0, "crisisbed", "care.shelter.full", b.gereserveerd()).throwIfAny();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into opvang (id, dossier_id, persoon_id, vt_region, voorziening, crisisbed, van, tot, version,
                    recorded_at, recorded_by_name) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, d.id(), persoonId, d.vtRegion(), voorziening.trim(), crisisbed, van, tot, ts(care.now()),
                        care.user().displayName()).update();
        care.write(d, "opvang", id, List.of(persoonId), "opvang", voorziening.trim());
        return find(dossierId, id);
    }

    /** The stay ended (or its planned end changed). */
    @Transactional
    public Opvangplaatsing end(UUID dossierId, UUID id, int version, LocalDate tot) {
        Dossier d = care.change(dossierId, Onderdeel.OPVANG, "opvang beëindigen", Role.VT_COORDINATOR,
                Role.ZORGPROFESSIONAL);
        Opvangplaatsing p = find(dossierId, id);
        var v = new Violations();
        v.require(tot != null, "tot", "validation.required");
        v.require(tot == null || !tot.isBefore(p.van()), "tot", "care.shelter.endBeforeStart");
        v.throwIfAny();
        if (jdbc.sql("update opvang set tot = ?, version = version + 1 where id = ? and version = ?")
                .params(tot, id, version).update() == 0) {
            throw new OptimisticLockingFailureException("placement changed by someone else");
        }
        care.write(d, "opvang", id, List.of(p.persoonId()), "opvang beëindigen", tot.toString());
        return find(dossierId, id);
    }

    @Transactional
    public List<Opvangplaatsing> list(UUID dossierId) {
        care.read(dossierId, Onderdeel.OPVANG, "inzien opvang");
        return jdbc.sql("select * from opvang where dossier_id = ? order by van").param(dossierId).query(Opvang::map).list();
    }

    /** Reserved and used crisis beds of a region on a day; no personal data. */
    public Bezetting bezetting(String vtRegion, LocalDate day) {
        int reserved = jdbc.sql("select aantal from crisisbedden where vt_region = ?").param(vtRegion)
                .query(Integer.class).optional().orElse(0);
        int used = jdbc.sql("""
                select count(*) from opvang where vt_region = ? and crisisbed and van <= ? and (tot is null or tot > ?)""")
                .params(vtRegion, day, day).query(Integer.class).single();
        return new Bezetting(vtRegion, reserved, used);
    }

    /** The functional administrator records how many crisis beds a region reserves. */
    @Transactional
    public Bezetting reserve(String vtRegion, int aantal) {
        if (!care.user().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("only the functional administrator sets crisis beds");
        }
        new Violations()
                .require(vtRegion != null && !municipalities.inVtRegion(vtRegion).isEmpty(), "regio", "care.shelter.unknownRegion")
                .require(aantal >= 0 && aantal <= 1000, "aantal", "care.shelter.beds").throwIfAny();
        seedBeds(vtRegion, aantal);
        return bezetting(vtRegion, LegalTime.localDate(care.now()));
    }

    /** For system set-up (demo data). */
    @Transactional
    public void seedBeds(String vtRegion, int aantal) {
        jdbc.sql("insert into crisisbedden (vt_region, aantal) values (?, ?) on conflict (vt_region) do update set aantal = excluded.aantal")
                .params(vtRegion, aantal).update();
    }

    private Opvangplaatsing find(UUID dossierId, UUID id) {
        return jdbc.sql("select * from opvang where dossier_id = ? and id = ?").params(dossierId, id)
                .query(Opvang::map).optional().orElseThrow(() -> new NotFoundException("opvang"));
    }

    private static Opvangplaatsing map(ResultSet rs, int row) throws SQLException {
        return new Opvangplaatsing(rs.getObject("id", UUID.class), rs.getInt("version"),
                rs.getObject("persoon_id", UUID.class), rs.getString("voorziening"), rs.getBoolean("crisisbed"),
                rs.getObject("van", LocalDate.class), rs.getObject("tot", LocalDate.class));
    }
}
