package nl.huisverbod.notification;

import nl.huisverbod.enforcement.OvertredingGemeld;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.LegalTime;
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
        String subject = "Overtreding huisverbod gemeld (" + e.dossierNummer() + ")";
        String body = "Op " + LegalTime.formatLong(e.occurredAt()) + " is het huisverbod overtreden (Wth art. 11)."
                + (e.aanhouding() ? " Er is aangehouden." : "");
        broadcast.about(e.dossierId())
                .toServing(OrganisationType.POLITIE, e.policeUnit(), NotificationKind.OVERTREDING, subject, body)
                .toServing(OrganisationType.VEILIG_THUIS, e.vtRegion(), NotificationKind.OVERTREDING, subject, body)
                .toServing(OrganisationType.GEMEENTE, e.gemeenteCode(), NotificationKind.OVERTREDING, subject, body)
                .toRoleIn(OrganisationType.GEMEENTE, e.gemeenteCode(), Role.BURGEMEESTER, NotificationKind.OVERTREDING,
                        subject, body)
                .toServing(OrganisationType.OM, e.policeUnit(), NotificationKind.OVERTREDING, subject, body)
                .send();
    }
}
