package nl.huisverbod.enforcement;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The criminal track of a case: each organisation records its own steps; the coordinator hears the OM's. */
@Service
public class Strafrecht {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Strafrecht(JdbcClient jdbc, Dossiers dossiers, CurrentUserProvider currentUser, AuditTrail audit,
               ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Strafrechtstap record(UUID dossierId, StrafrechtstapInput in) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "strafrechtelijk traject", Onderdeel.STRAFRECHT);
        var v = new Violations();
        v.require(in.soort() != null, "soort", "validation.required");
        // an arrest can precede the registration of the case by some hours
        v.requireMoment("moment", in.moment(), clock.instant(), d.registeredAt().minus(java.time.Duration.ofDays(1)),
                "enforcement.criminal.beforeCase");
        if (in.soort() != null) {
            dossiers.requireRole(user, d, "strafrechtelijk traject: " + in.soort(), in.soort().roles());
            if (in.soort().uitkomsten().isEmpty()) {
                v.require(in.uitkomst() == null, "uitkomst", "enforcement.criminal.noOutcome");
            } else {
                v.require(in.uitkomst() != null, "uitkomst", "validation.required");
                v.require(in.uitkomst() == null || in.soort().uitkomsten().contains(in.uitkomst()), "uitkomst",
                        "enforcement.criminal.outcomeNotForStep");
            }
            if (in.soort() == Strafrechtstap.Soort.GEDRAGSAANWIJZING) {
                // Sv art. 509hh: a behavioural order runs for a set period; the police enforce it until then
                v.require(in.tot() != null, "tot", "validation.required");
                v.require(in.tot() == null || in.tot().isAfter(LocalDate.now(clock.withZone(LegalTime.ZONE))), "tot",
                        "enforcement.criminal.endPast");
            }
            if (in.soort() == Strafrechtstap.Soort.RECLASSERINGSADVIES || in.soort() == Strafrechtstap.Soort.UITSPRAAK) {
                v.requireText(in.toelichting(), "toelichting", 4000);
            }
        }
        v.optionalText(in.toelichting(), "toelichting", 4000);
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into strafrecht_stap (id, dossier_id, soort, moment, uitkomst, tot, toelichting, organisation_id,
                    recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.id(), in.soort().name(), ts(in.moment()), in.uitkomst() == null ? null : in.uitkomst().name(),
                        in.tot(), in.toelichting() == null || in.toelichting().isBlank() ? null : in.toelichting().trim(),
                        user.organisationId(), user.displayName() + " (" + user.organisationName() + ")",
                        ts(clock.instant())).update();
        audit.record(new AuditRecord(AuditAction.WRITE, "strafrecht", id, d.id(), d.personIds(), "strafrechtelijk traject",
                dossiers.legalBasisOfCurrentUser(), in.soort() + (in.uitkomst() == null ? "" : ": " + in.uitkomst())));
        events.publishEvent(new StrafrechtstapVastgelegd(d.id(), d.nummer(), d.vtRegion(), in.soort(), in.uitkomst()));
        return find(d.id()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public List<Strafrechtstap> list(UUID dossierId) {
        Dossier d = dossiers.authorise(dossierId, "inzien strafrechtelijk traject", Onderdeel.STRAFRECHT);
        audit.record(new AuditRecord(AuditAction.READ, "strafrecht", d.id(), d.id(), d.personIds(),
                "inzien strafrechtelijk traject", dossiers.legalBasisOfCurrentUser(), null));
        return find(d.id());
    }

    private List<Strafrechtstap> find(UUID dossierId) {
        return jdbc.sql("select * from strafrecht_stap where dossier_id = ? order by moment").param(dossierId)
                .query((rs, n) -> new Strafrechtstap(rs.getObject("id", UUID.class),
                        Strafrechtstap.Soort.valueOf(rs.getString("soort")), instant(rs, "moment"),
                        rs.getString("uitkomst") == null ? null : Strafrechtstap.Uitkomst.valueOf(rs.getString("uitkomst")),
                        rs.getObject("tot", LocalDate.class), rs.getString("toelichting"),
                        rs.getString("recorded_by_name"))).list();
    }
}
