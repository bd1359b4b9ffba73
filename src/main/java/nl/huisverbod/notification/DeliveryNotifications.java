package nl.huisverbod.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.subscription.DeliveryResumed;
import nl.huisverbod.subscription.DeliveryStalled;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A partner's receiver that stays down, and its return: told to the system's own organisation (whose
 * application administrators mend it) and to the functional administrators (whose page shows the delivery log).
 * The notice names the system and the number of events kept, nothing of any case.
 */
@Component
class DeliveryNotifications {

    private final Notifier notifier;
    private final EmailDelivery mail;
    private final Organisations organisations;
    private final String baseUrl;

    DeliveryNotifications(Notifier notifier, EmailDelivery mail, Organisations organisations,
                          @Value("${huisverbod.base-url:http://localhost:8080}") String baseUrl) {
        this.notifier = notifier;
        this.mail = mail;
        this.organisations = organisations;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(DeliveryStalled e) {
        tell(e.subscriptionId(), e.organisationId(), NotificationKind.KOPPELING_GESTOORD,
                Notice.of("notice.delivery.stalled.subject", e.system())
                        .and("notice.delivery.stalled.body", e.since(), String.valueOf(e.waiting())));
    }

    @ApplicationModuleListener
    void on(DeliveryResumed e) {
        tell(e.subscriptionId(), e.organisationId(), NotificationKind.KOPPELING_HERSTELD,
                Notice.of("notice.delivery.resumed.subject", e.system()).and("notice.delivery.resumed.body"));
    }

    private void tell(UUID subscriptionId, UUID systemOrganisation, NotificationKind kind, Notice notice) {
        List<UUID> deliveries = new ArrayList<>();
        // the system's organisation cannot open the administrator's page: its notice links nowhere
        organisations.find(systemOrganisation).ifPresent(org ->
                deliveries.addAll(notifier.toOrganisation(org, null, kind, notice, null)));
        for (Organisation admin : organisations.ofType(OrganisationType.BEHEER)) {
            deliveries.addAll(notifier.toOrganisation(admin, null, kind, notice,
                    baseUrl + "/beheer/abonnementen/" + subscriptionId));
        }
        mail.deliver(deliveries);
    }
}
