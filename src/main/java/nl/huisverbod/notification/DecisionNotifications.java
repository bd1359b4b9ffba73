package nl.huisverbod.notification;

import nl.huisverbod.decision.HuisverbodGewijzigd;
import nl.huisverbod.decision.HuisverbodOpgelegd;
import nl.huisverbod.decision.HuisverbodVoorgesteld;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Municipalities;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone the law names, at once, when an order is imposed (Wth 2(8), 3(2)), proposed (Wth 3),
 * extended, withdrawn or ended (Wth 8, 9). Runs after the decision committed, from the event publication
 * registry: a crash before delivery is retried at start-up, so no notification is lost.
 */
@Component
class DecisionNotifications {

    private final Broadcast broadcast;
    private final Organisations organisations;
    private final Municipalities municipalities;
    private final Dossiers dossiers;

    DecisionNotifications(Broadcast broadcast, Organisations organisations, Municipalities municipalities,
                          Dossiers dossiers) {
        this.dossiers = dossiers;
        this.broadcast = broadcast;
        this.organisations = organisations;
        this.municipalities = municipalities;
    }

    @ApplicationModuleListener
    void on(HuisverbodOpgelegd e) {
        String gemeente = municipalities.current(e.gemeenteCode()).map(m -> m.name()).orElse(e.gemeenteCode());
        Notice notice = Notice.of("notice.imposed.subject", gemeente, e.dossierNummer())
                .and("notice.imposed.body", e.imposedAt(), e.endsAt());
        Broadcast.Batch batch = broadcast.about(e.dossierId())
                .toServing(OrganisationType.GEMEENTE, e.gemeenteCode(), NotificationKind.HUISVERBOD_GEMEENTE,
                        notice.and("notice.imposed.legalCheck"))
                // routed by the moment the notice goes out, not the moment imposed: an order recorded in the
                // morning for the night reaches the team at work now (domain.md §7)
                .toOnDuty(OrganisationType.VEILIG_THUIS, e.vtRegion(), e.recordedAt(),
                        NotificationKind.HUISVERBOD_HULPVERLENING, notice.and("notice.imposed.startHelp"));
        if (e.decidedByHovj()) {
            batch.toRoleIn(OrganisationType.GEMEENTE, e.gemeenteCode(), Role.BURGEMEESTER,
                    NotificationKind.HUISVERBOD_BURGEMEESTER, notice.and("notice.imposed.byHovj"));
        }
        // Wth 2(8): the help organisation the municipality designated, when that is not Veilig Thuis itself
        String designated = municipalities.policy(e.gemeenteCode()).helpOrganisation();
        if (designated != null) {
            organisations.named(designated).filter(org -> org.type() != OrganisationType.VEILIG_THUIS
                    || !org.scopeCode().equals(e.vtRegion())).ifPresent(org -> batch.to(org,
                    NotificationKind.HUISVERBOD_HULPVERLENING, notice.and("notice.imposed.designated")));
        }
        if (e.arrest()) {
            batch.toServing(OrganisationType.OM, e.policeUnit(), NotificationKind.HUISVERBOD_OM,
                    notice.and("notice.imposed.arrest"));
        }
        batch.send();
    }

    /** Extension, withdrawal or end: the police, the municipality and Veilig Thuis are told at once (Wth 8, 9). */
    @ApplicationModuleListener
    void on(HuisverbodGewijzigd e) {
        NotificationKind kind = switch (e.wijziging()) {
            case VERLENGD -> NotificationKind.HUISVERBOD_VERLENGD;
            case NIET_VERLENGD -> NotificationKind.HUISVERBOD_NIET_VERLENGD;
            case INGETROKKEN -> NotificationKind.HUISVERBOD_INGETROKKEN;
            case BEEINDIGD, DOOR_RECHTER_BEEINDIGD -> NotificationKind.HUISVERBOD_BEEINDIGD;
        };
        // every change has its subject and body, both with the (new) end and the case number to hand
        String change = "notice.changed." + e.wijziging().name();
        Notice notice = Notice.of(change + ".subject", e.endsAt(), e.dossierNummer()).and(change + ".body", e.endsAt());
        // what only the police do stays in the police's notice
        Notice police = e.wijziging() == HuisverbodGewijzigd.Wijziging.NIET_VERLENGD ? notice
                : notice.and("notice.changed.police");
        Broadcast.Batch batch = broadcast.about(e.dossierId())
                .toServing(OrganisationType.POLITIE, e.policeUnit(), kind, police)
                .toServing(OrganisationType.GEMEENTE, e.gemeenteCode(), kind, notice)
                .toServing(OrganisationType.VEILIG_THUIS, e.vtRegion(), kind, notice);
        // the partners on the case: probation supervises, the shelter plans the stay (domain.md §4 step 8)
        dossiers.assignedOrganisations(e.dossierId()).forEach(id -> organisations.find(id)
                .filter(org -> org.type() == OrganisationType.ZORGAANBIEDER)
                .ifPresent(org -> batch.to(org, kind, notice)));
        batch.send();
    }

    @ApplicationModuleListener
    void on(HuisverbodVoorgesteld e) {
        broadcast.about(e.dossierId())
                .toRoleIn(OrganisationType.GEMEENTE, e.gemeenteCode(), Role.BURGEMEESTER,
                        NotificationKind.VOORSTEL_BURGEMEESTER, Notice.of("notice.proposed.subject", e.dossierNummer())
                                .and("notice.proposed.body", NoticeText.of("notice.proposal." + e.voorstel().name())))
                .send();
    }
}
