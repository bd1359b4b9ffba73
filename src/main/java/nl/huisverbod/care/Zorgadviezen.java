package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zorgadvies, given once by the coordinating team while the order runs, and the partners' views on
 * extension. The municipality is told when the advice is ready (it hears the parties and advises the mayor).
 */
@Service
public class Zorgadviezen {

    private final JdbcClient jdbc;
    private final CareContext care;

    Zorgadviezen(JdbcClient jdbc, CareContext care) {
        this.jdbc = jdbc;
        this.care = care;
    }

    @Transactional
    public Zorgadvies issue(UUID dossierId, ZorgadviesInput in) {
        Dossier d = care.coordinate(dossierId, Onderdeel.ZORGADVIES, "zorgadvies");
        care.requireImposed(dossierId);
        var v = new Violations();
        v.require(care.orderRunning(dossierId), "dossier", "decision.notRunning");
        v.requireText(in.verloop(), "verloop", 8000);
        v.requireText(in.veiligheidsafspraken(), "veiligheidsafspraken", 8000);
        v.requireText(in.hulpGestart(), "hulpGestart", 4000);
        v.require(in.dreigingAfgenomen() != null, "dreigingAfgenomen", "validation.required");
        v.require(in.adviesVerlengen() != null, "adviesVerlengen", "validation.required");
        v.requireText(in.toelichting(), "toelichting", 8000);
        v.throwIfAny();
        var now = care.now();
        try {
            jdbc.sql("""
                    insert into zorgadvies (dossier_id, verloop, veiligheidsafspraken, hulp_gestart, dreiging_afgenomen,
                        advies_verlengen, toelichting, uitgebracht_op, uitgebracht_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(d.id(), in.verloop().trim(), in.veiligheidsafspraken().trim(), in.hulpGestart().trim(),
                            in.dreigingAfgenomen().name(), in.adviesVerlengen(), in.toelichting().trim(), ts(now),
                            care.user().displayName() + " (" + care.user().organisationName() + ")").update();
        } catch (DuplicateKeyException e) {
            throw new nl.huisverbod.shared.InvalidInputException(List.of(
                    nl.huisverbod.shared.Violation.of("dossier", "care.advice.alreadyIssued")));
        }
        care.write(d, "zorgadvies", d.id(), d.personIds(), "zorgadvies", "verlengen: " + in.adviesVerlengen());
        care.announce(d, HulpverleningStap.Stap.ZORGADVIES_UITGEBRACHT, now);
        return find(dossierId).orElseThrow();
    }

    /** A partner records its own view on extension, also when it disagrees with the coordinator. */
    @Transactional
    public Zorgadvies addZienswijze(UUID dossierId, Boolean adviesVerlengen, String toelichting) {
        Dossier d = care.change(dossierId, Onderdeel.ZORGADVIES, "zienswijze verlenging", Role.ZORGPROFESSIONAL);
        care.requireImposed(dossierId);
        var v = new Violations();
        v.require(care.orderRunning(dossierId), "dossier", "decision.notRunning");
        v.require(adviesVerlengen != null, "adviesVerlengen", "validation.required");
        v.requireText(toelichting, "toelichting", 4000);
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into zienswijze (id, dossier_id, organisation_id, organisatie, advies_verlengen, toelichting,
                    recorded_at, recorded_by_name) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.id(), care.user().organisationId(), care.user().organisationName(), adviesVerlengen,
                        toelichting.trim(), ts(care.now()), care.user().displayName()).update();
        care.write(d, "zienswijze", id, List.of(), "zienswijze verlenging", "verlengen: " + adviesVerlengen);
        return find(dossierId).orElse(null);
    }

    /** The advice (if given) with the partners' views. */
    @Transactional
    public Optional<Zorgadvies> get(UUID dossierId) {
        care.read(dossierId, Onderdeel.ZORGADVIES, "inzien zorgadvies");
        return find(dossierId);
    }

    /** The partners' views given so far (also before the advice itself). */
    @Transactional
    public List<Zorgadvies.Zienswijze> zienswijzen(UUID dossierId) {
        care.read(dossierId, Onderdeel.ZORGADVIES, "inzien zienswijzen");
        return views(dossierId);
    }

    private Optional<Zorgadvies> find(UUID dossierId) {
        List<Zorgadvies.Zienswijze> views = views(dossierId);
        return jdbc.sql("select * from zorgadvies where dossier_id = ?").param(dossierId)
                .query((rs, n) -> new Zorgadvies(rs.getString("verloop"), rs.getString("veiligheidsafspraken"),
                        rs.getString("hulp_gestart"), Zorgadvies.Dreiging.valueOf(rs.getString("dreiging_afgenomen")),
                        rs.getBoolean("advies_verlengen"), rs.getString("toelichting"), instant(rs, "uitgebracht_op"),
                        rs.getString("uitgebracht_door"), views)).optional();
    }

    private List<Zorgadvies.Zienswijze> views(UUID dossierId) {
        return jdbc.sql("select * from zienswijze where dossier_id = ? order by recorded_at").param(dossierId)
                .query((rs, n) -> new Zorgadvies.Zienswijze(rs.getObject("id", UUID.class), rs.getString("organisatie"),
                        rs.getBoolean("advies_verlengen"), rs.getString("toelichting"), instant(rs, "recorded_at"),
                        rs.getString("recorded_by_name"))).list();
    }
}
