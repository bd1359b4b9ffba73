package nl.huisverbod.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.decision.HuisverbodOpgelegd;
import nl.huisverbod.decision.HuisverbodVoorgesteld;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.LegalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone the law names, at once, when an order is imposed (Wth 2(8), 3(2)) or proposed (Wth 3).
 * Runs after the decision committed, from the event publication registry: a crash before delivery is
 * retried at start-up, so no notification is lost.
 */
@Component
class DecisionNotifications {

    private final Notifier notifier;
    private final EmailDelivery mail;
    private final Organisations organisations;
    private final Municipalities municipalities;
    private final String baseUrl;

    DecisionNotifications(Notifier notifier, EmailDelivery mail, Organisations organisations,
                          Municipalities municipalities, @Value("${huisverbod.base-url:http://localhost:8080}") String baseUrl) {
        this.notifier = notifier;
        this.mail = mail;
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(HuisverbodOpgelegd e) {
        String gemeente = municipalities.current(e.gemeenteCode()).map(m -> m.name()).orElse(e.gemeenteCode());
        String link = baseUrl + "/dossiers/" + e.dossierId();
        String subject = "Huisverbod opgelegd in " + gemeente + " (" + e.dossierNummer() + ")";
        String body = "Er is een huisverbod opgelegd op " + LegalTime.formatLong(e.imposedAt()) + ". Het eindigt op "
                + LegalTime.formatLong(e.endsAt()) + ". Het dossier met risicotaxatie en beschikking staat klaar.";
        List<UUID> deliveries = new ArrayList<>();
        for (Organisation org : organisations.serving(OrganisationType.GEMEENTE, e.gemeenteCode())) {
            deliveries.addAll(notifier.toOrganisation(org, e.dossierId(), NotificationKind.HUISVERBOD_GEMEENTE,
                    subject, body + " Graag juridische controle.", link));
            if (e.decidedByHovj()) {
                deliveries.addAll(notifier.toRole(org, Role.BURGEMEESTER, e.dossierId(),
                        NotificationKind.HUISVERBOD_BURGEMEESTER, subject,
                        body + " Opgelegd door de hulpofficier van justitie krachtens uw mandaat (Wth art. 3 lid 2).",
                        link));
            }
        }
        for (Organisation org : organisations.serving(OrganisationType.VEILIG_THUIS, e.vtRegion())) {
            deliveries.addAll(notifier.toOrganisation(org, e.dossierId(), NotificationKind.HUISVERBOD_HULPVERLENING,
                    subject, body + " Graag hulpverlening starten (Wth art. 2 lid 8).", link));
        }
        // Wth 2(8): the help organisation the municipality designated, when that is not Veilig Thuis itself
        String designated = municipalities.policy(e.gemeenteCode()).helpOrganisation();
        if (designated != null) {
            organisations.named(designated).filter(org -> org.type() != OrganisationType.VEILIG_THUIS
                    || !org.scopeCode().equals(e.vtRegion())).ifPresent(org -> deliveries.addAll(
                    notifier.toOrganisation(org, e.dossierId(), NotificationKind.HUISVERBOD_HULPVERLENING, subject,
                            body + " U bent door de gemeente aangewezen voor de hulpverlening (Wth art. 2 lid 8).",
                            link)));
        }
        if (e.arrest()) {
            for (Organisation org : organisations.serving(OrganisationType.OM, e.policeUnit())) {
                deliveries.addAll(notifier.toOrganisation(org, e.dossierId(), NotificationKind.HUISVERBOD_OM,
                        subject, body + " Er is een aanhouding verricht (samenloop).", link));
            }
        }
        mail.deliver(deliveries);
    }

    @ApplicationModuleListener
    void on(HuisverbodVoorgesteld e) {
        String link = baseUrl + "/dossiers/" + e.dossierId();
        List<UUID> deliveries = new ArrayList<>();
        for (Organisation org : organisations.serving(OrganisationType.GEMEENTE, e.gemeenteCode())) {
            deliveries.addAll(notifier.toRole(org, Role.BURGEMEESTER, e.dossierId(),
                    NotificationKind.VOORSTEL_BURGEMEESTER, "Besluit gevraagd: huisverbod " + e.dossierNummer(),
                    "De hulpofficier van justitie stelt voor: " + e.voorstel().name().toLowerCase().replace('_', ' ')
                            + ". U beslist (Wth art. 3).", link));
        }
        mail.deliver(deliveries);
    }
}
