package nl.huisverbod.enforcement;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.decision.Huisverbod;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal remedies against the order, recorded by the municipality (party to the case): lodged, heard (minors
 * of 12 and older given the chance to be heard, Wth 7), ruled; a suspension or annulment ends the order.
 */
@Service
public class Rechtsmiddelen {

    private static final String PURPOSE = "rechtsmiddel (Wth art. 6)";
    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Besluiten besluiten;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rechtsmiddelen(JdbcClient jdbc, Dossiers dossiers, Besluiten besluiten, CurrentUserProvider currentUser,
                   AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.besluiten = besluiten;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Rechtsmiddel lodge(UUID dossierId, Rechtsmiddel.Soort soort, Instant ingediendOp) {
        Dossier d = authoriseMunicipality(dossierId);
        Huisverbod h = besluiten.forDossier(dossierId).filter(o -> o.imposedAt() != null)
                .orElseThrow(() -> new NotFoundException("huisverbod"));
        var v = new Violations();
        v.require(soort != null, "soort", "validation.required");
        checkMoment(v, "ingediendOp", ingediendOp, h.imposedAt());
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into rechtsmiddel (id, version, dossier_id, soort, ingediend_op, recorded_at, recorded_by)
                values (?, 0, ?, ?, ?, ?, ?)""")
                .params(id, dossierId, soort.name(), ts(ingediendOp), ts(clock.instant()), currentUser.require().userId())
                .update();
        return step(d, find(dossierId, id), RechtsmiddelStap.Stap.INGESTELD, ingediendOp);
    }

    /**
     * Wth 6, 7: the hearing; when the household has minors of 12 or older, whether they could give their view,
     * and if not, why (the court must give them the chance: a "no" without a reason is no record of it).
     */
    @Transactional
    public Rechtsmiddel hearing(UUID dossierId, UUID id, int version, Instant zittingOp, Boolean minderjarigenGehoord,
                                String redenNietGehoord) {
        Dossier d = authoriseMunicipality(dossierId);
        Rechtsmiddel r = find(dossierId, id);
        var v = new Violations();
        checkMoment(v, "zittingOp", zittingOp, r.ingediendOp());
        String reason = null;
        if (zittingOp != null && hasMinorsOf12OrOlder(d, LegalTime.localDate(zittingOp))) {
            v.require(minderjarigenGehoord != null, "minderjarigenGehoord", "enforcement.minorsHeard");
            if (Boolean.FALSE.equals(minderjarigenGehoord)) {
                reason = v.requireReason(redenNietGehoord, "redenNietGehoord", "enforcement.minorsNotHeardReason", 2000);
            }
        }
        v.throwIfAny();
        update(id, version, "zitting_op = ?, minderjarigen_gehoord = ?, reden_niet_gehoord = ?", ts(zittingOp),
                minderjarigenGehoord, reason);
        return step(d, find(dossierId, id), RechtsmiddelStap.Stap.ZITTING, zittingOp);
    }

    @Transactional
    public Rechtsmiddel ruling(UUID dossierId, UUID id, int version, Instant uitspraakOp, Rechtsmiddel.Uitkomst uitkomst,
                               String toelichting) {
        Dossier d = authoriseMunicipality(dossierId);
        Rechtsmiddel r = find(dossierId, id);
        var v = new Violations();
        checkMoment(v, "uitspraakOp", uitspraakOp, r.ingediendOp());
        // Wth 6(1): the court rules on interim relief after hearing the evicted person; no ruling precedes its hearing
        v.require(r.soort() != Rechtsmiddel.Soort.VOORLOPIGE_VOORZIENING || r.zittingOp() != null, "uitspraakOp",
                "enforcement.hearingFirst");
        v.require(uitspraakOp == null || r.zittingOp() == null || !uitspraakOp.isBefore(r.zittingOp()), "uitspraakOp",
                "enforcement.rulingBeforeHearing");
        v.require(uitkomst != null, "uitkomst", "validation.required");
        v.optionalText(toelichting, "toelichting", 4000);
        v.throwIfAny();
        update(id, version, "uitspraak_op = ?, uitkomst = ?, toelichting = ?", ts(uitspraakOp), uitkomst.name(),
                toelichting == null || toelichting.isBlank() ? null : toelichting.trim());
        if (uitkomst.endsTheOrder()) {
            besluiten.endByCourt(dossierId, uitspraakOp);
        }
        return step(d, find(dossierId, id), RechtsmiddelStap.Stap.UITSPRAAK, uitspraakOp);
    }

    /** The remedies of a case; the caller has opened the case. */
    public List<Rechtsmiddel> list(UUID dossierId) {
        dossiers.authorise(dossierId, "inzien rechtsmiddelen", Onderdeel.BESLUIT);
        return jdbc.sql("select * from rechtsmiddel where dossier_id = ? order by ingediend_op").param(dossierId)
                .query(Rechtsmiddelen::map).list();
    }

    private Dossier authoriseMunicipality(UUID dossierId) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, PURPOSE);
        dossiers.requireRole(user, d, PURPOSE, Role.GEMEENTE_JURIST, Role.BURGEMEESTER);
        return d;
    }

    private void checkMoment(Violations v, String field, Instant at, Instant notBefore) {
        v.requireMoment(field, at, clock.instant(), notBefore, "enforcement.tooEarly");
    }

    private static boolean hasMinorsOf12OrOlder(Dossier d, LocalDate on) {
        return d.personen().stream().map(Persoon::geboortedatum)
                .anyMatch(born -> !born.plusYears(12).isAfter(on) && born.plusYears(18).isAfter(on));
    }

    private void update(UUID id, int version, String set, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = id;
        params[values.length + 1] = version;
        int rows = jdbc.sql("update rechtsmiddel set " + set + ", version = version + 1 where id = ? and version = ?")
                .params(params).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("rechtsmiddel changed by someone else");
        }
    }

    private Rechtsmiddel step(Dossier d, Rechtsmiddel r, RechtsmiddelStap.Stap stap, Instant at) {
        audit.record(new AuditRecord(AuditAction.WRITE, "rechtsmiddel", r.id(), d.id(), d.personIds(), PURPOSE,
                dossiers.legalBasisOfCurrentUser(), r.soort() + " " + stap + (r.uitkomst() == null ? "" : ": " + r.uitkomst())));
        events.publishEvent(new RechtsmiddelStap(r.id(), d.id(), d.nummer(), d.gemeenteCode(), r.soort(), stap, at));
        return r;
    }

    private Rechtsmiddel find(UUID dossierId, UUID id) {
        return list(dossierId).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("rechtsmiddel"));
    }

    private static Rechtsmiddel map(ResultSet rs, int row) throws SQLException {
        String uitkomst = rs.getString("uitkomst");
        boolean heard = rs.getBoolean("minderjarigen_gehoord");
        Boolean minorsHeard = rs.wasNull() ? null : heard;
        return new Rechtsmiddel(rs.getObject("id", UUID.class), rs.getInt("version"),
                rs.getObject("dossier_id", UUID.class), Rechtsmiddel.Soort.valueOf(rs.getString("soort")),
                instant(rs, "ingediend_op"), instant(rs, "zitting_op"), minorsHeard, rs.getString("reden_niet_gehoord"),
                instant(rs, "uitspraak_op"),
                uitkomst == null ? null : Rechtsmiddel.Uitkomst.valueOf(uitkomst), rs.getString("toelichting"));
    }
}
