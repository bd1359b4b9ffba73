package nl.huisverbod.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.deadlines.DeadlineGemist;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.shared.LegalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Escalation: the organisation that owns a missed deadline is alerted in its inbox and by e-mail. */
@Component
class DeadlineNotifications {

    private final Notifier notifier;
    private final EmailDelivery mail;
    private final Organisations organisations;
    private final String baseUrl;

    DeadlineNotifications(Notifier notifier, EmailDelivery mail, Organisations organisations,
                          @Value("${huisverbod.base-url:http://localhost:8080}") String baseUrl) {
        this.notifier = notifier;
        this.mail = mail;
        this.organisations = organisations;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(DeadlineGemist e) {
        String subject = "Termijn verstreken: " + label(e) + " (" + e.dossierNummer() + ")";
        String body = "De termijn liep af op " + LegalTime.formatLong(e.dueAt()) + " zonder dat de handeling is "
                + "vastgelegd. Graag direct actie.";
        List<UUID> deliveries = new ArrayList<>();
        for (Organisation org : organisations.serving(e.ownerType(), e.ownerScopeCode())) {
            deliveries.addAll(notifier.toOrganisation(org, e.dossierId(), NotificationKind.TERMIJN_VERSTREKEN, subject,
                    body, baseUrl + "/dossiers/" + e.dossierId()));
        }
        mail.deliver(deliveries);
    }

    private static String label(DeadlineGemist e) {
        return switch (e.kind()) {
            case SCHRIFTELIJKE_BESCHIKKING -> "schriftelijke beschikking na mondelinge oplegging (Wth art. 2 lid 7)";
            case BEREIKBAARHEID -> "bereikbaarheid uithuisgeplaatste (Wth art. 2 lid 6)";
            case ADVOCAAT -> "advocaat binnen 24 uur (Wth art. 5)";
        };
    }
}
