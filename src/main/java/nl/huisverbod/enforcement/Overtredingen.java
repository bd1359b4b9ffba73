package nl.huisverbod.enforcement;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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

/** Breaches of an order: reported, seen by the police at once, followed up by the OM. */
@Service
public class Overtredingen {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Besluiten besluiten;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Overtredingen(JdbcClient jdbc, Dossiers dossiers, Besluiten besluiten, CurrentUserProvider currentUser,
                  AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.besluiten = besluiten;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records a breach. It must lie within the order's period (imposing to end) and not in the future. */
    @Transactional
    public Overtreding report(UUID dossierId, OvertredingMelding m) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "melding overtreding");
        dossiers.requireRole(user, d, "melding overtreding", Role.HOVJ, Role.POLITIE, Role.VT_COORDINATOR,
                Role.ZORGPROFESSIONAL, Role.GEMEENTE_JURIST);
        Huisverbod h = besluiten.forDossier(dossierId).filter(o -> o.imposedAt() != null)
                .orElseThrow(() -> new NotFoundException("huisverbod"));
        var v = new Violations();
        if (m.occurredAt() == null) {
            v.add("occurredAt", "validation.required");
        } else {
            v.require(!m.occurredAt().isAfter(clock.instant().plus(LegalTime.CLOCK_TOLERANCE)), "occurredAt",
                    "enforcement.future");
            Instant end = h.withdrawnAt() != null ? h.withdrawnAt() : h.endsAt();
            v.require(!m.occurredAt().isBefore(h.imposedAt()) && !m.occurredAt().isAfter(end), "occurredAt",
                    "enforcement.outsidePeriod");
        }
        v.require(m.vorm() != null, "vorm", "validation.required");
        v.require(m.gemeldDoor() != null, "gemeldDoor", "validation.required");
        v.requireText(m.beschrijving(), "beschrijving", 4000);
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        boolean confidential = Boolean.TRUE.equals(m.bronVertrouwelijk());
        jdbc.sql("""
                insert into overtreding (id, version, dossier_id, occurred_at, vorm, gemeld_door, bron_vertrouwelijk,
                    bron_organisation_id, bron_organisation_name, beschrijving, proces_verbaal, aanhouding, recorded_at,
                    recorded_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, dossierId, ts(m.occurredAt()), m.vorm().name(), m.gemeldDoor().name(), confidential,
                        user.organisationId(), user.organisationName(), m.beschrijving().trim(),
                        Boolean.TRUE.equals(m.procesVerbaal()), Boolean.TRUE.equals(m.aanhouding()),
                        ts(clock.instant()), user.userId())
                .update();
        audit.record(new AuditRecord(AuditAction.WRITE, "overtreding", id, dossierId, d.personIds(),
                "melding overtreding (Wth art. 11)", dossiers.legalBasisOfCurrentUser(),
                m.vorm() + (confidential ? ", bron vertrouwelijk" : "")));
        events.publishEvent(new OvertredingGemeld(id, dossierId, d.nummer(), d.gemeenteCode(), d.policeUnit(),
                d.vtRegion(),
                m.occurredAt(), Boolean.TRUE.equals(m.aanhouding())));
        return list(dossierId).stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    /** The OM records its decision on a breach (domain.md §8). */
    @Transactional
    public Overtreding omDecision(UUID dossierId, UUID overtredingId, int version, Overtreding.OmBeslissing decision) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "beslissing OM op overtreding");
        dossiers.requireRole(user, d, "beslissing OM op overtreding", Role.OM_OFFICIER);
        new Violations().require(decision != null, "omBeslissing", "validation.required").throwIfAny();
        int rows = jdbc.sql("""
                update overtreding set om_beslissing = ?, om_beslissing_at = ?, version = version + 1
                where id = ? and dossier_id = ? and version = ?""")
                .params(decision.name(), ts(clock.instant()), overtredingId, dossierId, version).update();
        if (rows != 1) {
            if (list(dossierId).stream().noneMatch(o -> o.id().equals(overtredingId))) {
                throw new NotFoundException("overtreding");
            }
            throw new OptimisticLockingFailureException("overtreding changed by someone else");
        }
        audit.record(new AuditRecord(AuditAction.WRITE, "overtreding", overtredingId, dossierId, d.personIds(),
                "beslissing OM op overtreding", dossiers.legalBasisOfCurrentUser(), decision.name()));
        return list(dossierId).stream().filter(o -> o.id().equals(overtredingId)).findFirst().orElseThrow();
    }

    /** The breaches of a case, oldest first; the caller has opened the case. */
    public List<Overtreding> list(UUID dossierId) {
        CurrentUser user = currentUser.require();
        dossiers.authorise(dossierId, "inzien overtredingen", Onderdeel.OVERTREDINGEN);
        return jdbc.sql("select * from overtreding where dossier_id = ? order by occurred_at").param(dossierId)
                .query((rs, n) -> map(rs, user)).list();
    }

    /**
     * A confidential source is shown only to the police and to the organisation that reported it: a care
     * provider must be able to report without the evicted person learning from whom (domain.md §8).
     */
    private static Overtreding map(ResultSet rs, CurrentUser viewer) throws SQLException {
        boolean confidential = rs.getBoolean("bron_vertrouwelijk");
        boolean mayKnow = !confidential || viewer.role().isPolice()
                || viewer.organisationId().equals(rs.getObject("bron_organisation_id", UUID.class));
        String om = rs.getString("om_beslissing");
        return new Overtreding(rs.getObject("id", UUID.class), rs.getInt("version"),
                rs.getObject("dossier_id", UUID.class), instant(rs, "occurred_at"),
                Overtreding.Vorm.valueOf(rs.getString("vorm")), Overtreding.Melder.valueOf(rs.getString("gemeld_door")),
                confidential, mayKnow ? rs.getString("bron_organisation_name") : null, rs.getString("beschrijving"),
                rs.getBoolean("proces_verbaal"), rs.getBoolean("aanhouding"),
                om == null ? null : Overtreding.OmBeslissing.valueOf(om), instant(rs, "om_beslissing_at"),
                instant(rs, "recorded_at"));
    }
}
