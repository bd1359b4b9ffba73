package nl.huisverbod.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.enforcement.OvertredingGemeld;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.shared.LegalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A breach reaches the police at once, and Veilig Thuis; the notice never names who reported it. */
@Component
class BreachNotifications {

    private final Notifier notifier;
    private final EmailDelivery mail;
    private final Organisations organisations;
    private final String baseUrl;

    BreachNotifications(Notifier notifier, EmailDelivery mail, Organisations organisations,
                        @Value("${huisverbod.base-url:http://localhost:8080}") String baseUrl) {
        this.notifier = notifier;
        this.mail = mail;
        this.organisations = organisations;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(OvertredingGemeld e) {
        String subject = "Overtreding huisverbod gemeld (" + e.dossierNummer() + ")";
        String body = "Op " + LegalTime.formatLong(e.occurredAt()) + " is het huisverbod overtreden (Wth art. 11)."
                + (e.aanhouding() ? " Er is aangehouden." : "");
        String link = baseUrl + "/dossiers/" + e.dossierId();
        List<UUID> deliveries = new ArrayList<>();
        for (Organisation org : organisations.serving(OrganisationType.POLITIE, e.policeUnit())) {
            deliveries.addAll(notifier.toOrganisation(org, e.dossierId(), NotificationKind.OVERTREDING, subject, body, link));
        }
        for (Organisation org : organisations.serving(OrganisationType.VEILIG_THUIS, e.vtRegion())) {
            deliveries.addAll(notifier.toOrganisation(org, e.dossierId(), NotificationKind.OVERTREDING, subject, body, link));
        }
        mail.deliver(deliveries);
    }
}
