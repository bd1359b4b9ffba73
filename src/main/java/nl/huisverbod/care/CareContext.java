package nl.huisverbod.care;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.decision.OrderPeriod;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every part of the help file needs: need-to-know per part, "is this user on the coordinating team",
 * the audit trail, and the steps announced to the deadline engine.
 */
@Component
class CareContext {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Besluiten besluiten;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareContext(JdbcClient jdbc, Dossiers dossiers, Besluiten besluiten, CurrentUserProvider currentUser,
                AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.besluiten = besluiten;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    CurrentUser user() {
        return currentUser.require();
    }

    Instant now() {
        return clock.instant();
    }

    /** A read of one part of the help file: authorised for that part and recorded. */
    Dossier read(UUID dossierId, Onderdeel part, String purpose) {
        Dossier d = dossiers.authorise(dossierId, purpose, part);
        audit.record(new AuditRecord(AuditAction.READ, "hulpverlening", d.id(), d.id(), d.personIds(), purpose,
                dossiers.legalBasisOfCurrentUser(), part.name()));
        return d;
    }

    /** A read of a work list over several cases (no single case), recorded like the case list is. */
    void readList(String objectType, String purpose, String details) {
        audit.record(new AuditRecord(AuditAction.READ, objectType, null, null, List.of(), purpose,
                dossiers.legalBasisOfCurrentUser(), details));
    }

    /** A change to one part: the user must see the part and be allowed to change it. */
    Dossier change(UUID dossierId, Onderdeel part, String purpose, Role... roles) {
        Dossier d = dossiers.authorise(dossierId, purpose, part);
        dossiers.requireRole(user(), d, purpose, roles);
        return d;
    }

    /**
     * A change only the coordinating team makes (accepting, meetings, plans, the zorgadvies): Veilig Thuis of
     * the case's region, or a professional of the organisation that accepted the file as coordinator, or of
     * the core team. Partners are refused.
     */
    Dossier coordinate(UUID dossierId, Onderdeel part, String purpose) {
        Dossier d = change(dossierId, part, purpose, Role.VT_COORDINATOR, Role.ZORGPROFESSIONAL);
        CurrentUser u = user();
        if (u.role() == Role.ZORGPROFESSIONAL && !onCoreTeam(d.id(), u)) {
            dossiers.requireRole(u, d, purpose + " (alleen coördinerend team)", Role.VT_COORDINATOR);
        }
        return d;
    }

    /** Whether the current user is in the coordinating team of the case (no check of access, no audit). */
    boolean isCoordinating(UUID dossierId) {
        CurrentUser u = user();
        return u.role() == Role.VT_COORDINATOR || (u.role() == Role.ZORGPROFESSIONAL && onCoreTeam(dossierId, u));
    }

    private boolean onCoreTeam(UUID dossierId, CurrentUser u) {
        return jdbc.sql("""
                select count(*) from (
                  select 1 from coordinatie where dossier_id = ? and organisation_id = ?
                  union all
                  select 1 from hulpverlener where dossier_id = ? and functie <> 'PARTNER'
                    and organisation_id = ? and (user_id is null or user_id = ?)) t""")
                .params(dossierId, u.organisationId(), dossierId, u.organisationId(), u.userId())
                .query(Long.class).single() > 0;
    }

    /** When the running or ended order of the case was imposed, for the period checks. */
    Optional<Instant> imposedAt(UUID dossierId) {
        return besluiten.period(dossierId).map(OrderPeriod::imposedAt);
    }

    /** Whether the case's order runs now (imposed or extended, not yet ended). */
    boolean orderRunning(UUID dossierId) {
        return besluiten.period(dossierId).filter(p -> p.runningAt(now())).isPresent();
    }

    /** As {@link #imposedAt}; help is recorded only once an order was imposed. */
    Instant requireImposed(UUID dossierId) {
        return imposedAt(dossierId).orElseThrow(() -> new NotFoundException("huisverbod"));
    }

    /** Help is recorded from the order's start, and a moment entered may not lie in the future. */
    void checkMoment(Violations v, String field, Instant moment, Instant notBefore) {
        v.requireMoment(field, moment, now(), notBefore, "care.moment.beforeOrder",
                notBefore == null ? "" : LegalTime.formatShort(notBefore));
    }

    void write(Dossier d, String objectType, UUID objectId, List<UUID> persons, String purpose, String details) {
        audit.record(new AuditRecord(AuditAction.WRITE, objectType, objectId, d.id(), persons, purpose,
                dossiers.legalBasisOfCurrentUser(), details));
    }

    void announce(Dossier d, HulpverleningStap.Stap stap, Instant at) {
        events.publishEvent(new HulpverleningStap(d.id(), d.nummer(), d.gemeenteCode(), stap,
                user().organisationId(), at));
    }

    void refuse(String why) {
        throw new AccessDeniedException(why);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
