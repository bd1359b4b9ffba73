package nl.huisverbod.notification;

import nl.huisverbod.deadlines.DeadlineGemist;
import nl.huisverbod.deadlines.DeadlineKind;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Escalation: the organisation that owns a deadline at risk or missed is alerted in its inbox and by e-mail
 * (a deadline routed to one organisation, e.g. the crisis service out of hours, alerts only that one); a
 * missed deadline also reaches its escalation target (the municipality or the mayor, {@link DeadlineKind}).
 */
@Component
class DeadlineNotifications {

    private final Broadcast broadcast;
    private final Organisations organisations;
    private final Dossiers dossiers;

    DeadlineNotifications(Broadcast broadcast, Organisations organisations, Dossiers dossiers) {
        this.broadcast = broadcast;
        this.organisations = organisations;
        this.dossiers = dossiers;
    }

    @ApplicationModuleListener
    void on(DeadlineGemist e) {
        NotificationKind kind = e.missed() ? NotificationKind.TERMIJN_VERSTREKEN : NotificationKind.TERMIJN_DREIGT;
        String state = e.missed() ? "notice.deadline.missed" : "notice.deadline.atRisk";
        Notice notice = Notice.of(state + ".subject", NoticeText.of("deadline.kind." + e.kind().name()), e.dossierNummer())
                .and(state + ".body", e.dueAt());
        Broadcast.Batch batch = broadcast.about(e.dossierId());
        if (e.ownerOrganisationId() != null) {
            organisations.find(e.ownerOrganisationId()).ifPresent(org -> batch.to(org, kind, notice));
        } else {
            batch.toServing(e.ownerType(), e.ownerScopeCode(), kind, notice);
        }
        if (e.missed() && e.kind().escalatie() != DeadlineKind.Escalatie.EIGENAAR) {
            String gemeente = dossiers.unchecked(e.dossierId()).gemeenteCode();
            Notice escalated = notice.after("notice.deadline.escalated");
            if (e.kind().escalatie() == DeadlineKind.Escalatie.BURGEMEESTER) {
                batch.toRoleIn(OrganisationType.GEMEENTE, gemeente, Role.BURGEMEESTER, kind, escalated);
            } else if (e.ownerType() != OrganisationType.GEMEENTE) {
                batch.toServing(OrganisationType.GEMEENTE, gemeente, kind, escalated);
            }
        }
        batch.send();
    }
}
