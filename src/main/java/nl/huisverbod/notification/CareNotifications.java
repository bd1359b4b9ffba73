package nl.huisverbod.notification;

import nl.huisverbod.care.HulpverleningStap;
import nl.huisverbod.care.PartnerUitgenodigd;
import nl.huisverbod.decision.BeleidsadviesUitgebracht;
import nl.huisverbod.enforcement.StrafrechtstapVastgelegd;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The hand-overs of the ten days: the zorgadvies to the municipality, the beleidsadvies to the mayor, an
 * invitation to the partner, and the OM's steps back to the coordinator (domain.md §4 step 8, §8).
 */
@Component
class CareNotifications {

    private final Broadcast broadcast;
    private final Organisations organisations;

    CareNotifications(Broadcast broadcast, Organisations organisations) {
        this.broadcast = broadcast;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(HulpverleningStap s) {
        if (s.stap() != HulpverleningStap.Stap.ZORGADVIES_UITGEBRACHT) {
            return;
        }
        broadcast.about(s.dossierId())
                .toServing(OrganisationType.GEMEENTE, s.gemeenteCode(), NotificationKind.ZORGADVIES,
                        Notice.of("notice.zorgadvies.subject", s.dossierNummer()).and("notice.zorgadvies.body"))
                .send();
    }

    @ApplicationModuleListener
    void on(BeleidsadviesUitgebracht e) {
        broadcast.about(e.dossierId())
                .toRoleIn(OrganisationType.GEMEENTE, e.gemeenteCode(), Role.BURGEMEESTER, NotificationKind.BELEIDSADVIES,
                        Notice.of("notice.beleidsadvies.subject", e.dossierNummer()).and("notice.beleidsadvies.body",
                                NoticeText.of(e.verlengen() ? "notice.beleidsadvies.extend" : "notice.beleidsadvies.end")))
                .send();
    }

    @ApplicationModuleListener
    void on(PartnerUitgenodigd e) {
        organisations.find(e.organisationId()).ifPresent(org -> broadcast.about(e.dossierId())
                .to(org, NotificationKind.PARTNER_UITGENODIGD,
                        Notice.of("notice.partner.subject", e.dossierNummer()).and("notice.partner.body"))
                .send());
    }

    @ApplicationModuleListener
    void on(StrafrechtstapVastgelegd e) {
        if (!e.soort().feedBack()) {
            return;
        }
        NoticeText step = NoticeText.of("criminal.soort." + e.soort().name());
        NoticeText what = e.uitkomst() == null ? step
                : NoticeText.of("notice.criminal.withOutcome", step, NoticeText.of("criminal.uitkomst." + e.uitkomst().name()));
        broadcast.about(e.dossierId())
                .toServing(OrganisationType.VEILIG_THUIS, e.vtRegion(), NotificationKind.STRAFRECHT,
                        Notice.of("notice.criminal.subject", e.dossierNummer()).and("notice.criminal.body", what))
                .send();
    }
}
