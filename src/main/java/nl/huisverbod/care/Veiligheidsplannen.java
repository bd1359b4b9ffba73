package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One veiligheidsplan per case, kept current by the coordinating team; the police see it for enforcement. */
@Service
public class Veiligheidsplannen {

    private final JdbcClient jdbc;
    private final CareContext care;

    Veiligheidsplannen(JdbcClient jdbc, CareContext care) {
        this.jdbc = jdbc;
        this.care = care;
    }

    @Transactional
    public Veiligheidsplan save(UUID dossierId, VeiligheidsplanInput in) {
        Dossier d = care.coordinate(dossierId, Onderdeel.VEILIGHEIDSPLAN, "veiligheidsplan");
        care.requireImposed(dossierId);
        var v = new Violations();
        v.requireText(in.timeOut(), "timeOut", 4000);
        v.requireText(in.escalatieladder(), "escalatieladder", 4000);
        v.requireText(in.verblijf(), "verblijf", 4000);
        v.requireText(in.contactregeling(), "contactregeling", 4000);
        if (d.personen().stream().anyMatch(p -> p.rol() == PersonRole.KIND)) {
            v.requireText(in.kinderen(), "kinderen", 4000);
        } else {
            v.optionalText(in.kinderen(), "kinderen", 4000);
        }
        v.optionalText(in.netwerk(), "netwerk", 4000);
        v.throwIfAny();
        Object[] fields = {in.timeOut().trim(), in.escalatieladder().trim(), in.verblijf().trim(),
                in.contactregeling().trim(), CareContext.trim(in.kinderen()), CareContext.trim(in.netwerk()),
                ts(care.now()), care.user().displayName()};
        if (in.version() == null) {
            try {
                jdbc.sql("""
                        insert into veiligheidsplan (time_out, escalatieladder, verblijf, contactregeling, kinderen, netwerk,
                            updated_at, updated_by_name, dossier_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                        .params(append(fields, d.id())).update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("safety plan created by someone else");
            }
        } else {
            int n = jdbc.sql("""
                    update veiligheidsplan set time_out = ?, escalatieladder = ?, verblijf = ?, contactregeling = ?,
                        kinderen = ?, netwerk = ?, updated_at = ?, updated_by_name = ?, version = version + 1
                    where dossier_id = ? and version = ?""")
                    .params(append(append(fields, d.id()), in.version())).update();
            if (n == 0) {
                throw new OptimisticLockingFailureException("safety plan changed by someone else");
            }
        }
        care.write(d, "veiligheidsplan", d.id(), d.personIds(), "veiligheidsplan", null);
        return find(dossierId).orElseThrow();
    }

    @Transactional
    public Optional<Veiligheidsplan> get(UUID dossierId) {
        care.read(dossierId, Onderdeel.VEILIGHEIDSPLAN, "inzien veiligheidsplan");
        return find(dossierId);
    }

    private Optional<Veiligheidsplan> find(UUID dossierId) {
        return jdbc.sql("select * from veiligheidsplan where dossier_id = ?").param(dossierId)
                .query((rs, n) -> new Veiligheidsplan(rs.getInt("version"), rs.getString("time_out"),
                        rs.getString("escalatieladder"), rs.getString("verblijf"), rs.getString("contactregeling"),
                        rs.getString("kinderen"), rs.getString("netwerk"), instant(rs, "updated_at"),
                        rs.getString("updated_by_name"))).optional();
    }

    private static Object[] append(Object[] a, Object x) {
        Object[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = x;
        return r;
    }
}
