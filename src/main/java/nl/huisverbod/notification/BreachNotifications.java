package nl.huisverbod.notification;

import nl.huisverbod.enforcement.OvertredingGemeld;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A breach (Wth 11) reaches the police and Veilig Thuis at once, and the municipality, the mayor (who weighs
 * it for an extension, Wth 9) and the public prosecutor (it is a crime); the notice never names who reported it.
 */
@Component
class BreachNotifications {

    private final Broadcast broadcast;

    BreachNotifications(Broadcast broadcast) {
        this.broadcast = broadcast;
    }

    @ApplicationModuleListener
    void on(OvertredingGemeld e) {
        Notice reported = Notice.of("notice.breach.subject", e.dossierNummer()).and("notice.breach.body", e.occurredAt());
        Notice notice = e.aanhouding() ? reported.and("notice.breach.arrest") : reported;
        broadcast.about(e.dossierId())
                .toServing(OrganisationType.POLITIE, e.policeUnit(), NotificationKind.OVERTREDING, notice)
                .toServing(OrganisationType.VEILIG_THUIS, e.vtRegion(), NotificationKind.OVERTREDING, notice)
                .toServing(OrganisationType.GEMEENTE, e.gemeenteCode(), NotificationKind.OVERTREDING, notice)
                .toRoleIn(OrganisationType.GEMEENTE, e.gemeenteCode(), Role.BURGEMEESTER, NotificationKind.OVERTREDING,
                        notice)
                .toServing(OrganisationType.OM, e.policeUnit(), NotificationKind.OVERTREDING, notice)
                .send();
    }
}
