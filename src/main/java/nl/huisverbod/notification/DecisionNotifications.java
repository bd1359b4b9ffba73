package nl.huisverbod.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.decision.HuisverbodGewijzigd;
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

    /** Extension, withdrawal or end: the police, the municipality and Veilig Thuis are told at once (Wth 8, 9). */
    @ApplicationModuleListener
    void on(HuisverbodGewijzigd e) {
        NotificationKind kind = switch (e.wijziging()) {
            case VERLENGD -> NotificationKind.HUISVERBOD_VERLENGD;
            case INGETROKKEN -> NotificationKind.HUISVERBOD_INGETROKKEN;
            case BEEINDIGD -> NotificationKind.HUISVERBOD_BEEINDIGD;
        };
        String subject = switch (e.wijziging()) {
            case VERLENGD -> "Huisverbod verlengd tot " + LegalTime.formatLong(e.endsAt());
            case INGETROKKEN -> "Huisverbod ingetrokken";
            case BEEINDIGD -> "Huisverbod beëindigd";
        } + " (" + e.dossierNummer() + ")";
        String body = switch (e.wijziging()) {
            case VERLENGD -> "De burgemeester heeft het huisverbod verlengd (Wth art. 9). Het eindigt nu op "
                    + LegalTime.formatLong(e.endsAt()) + ". Pas de adresmelding en het toezicht aan.";
            case INGETROKKEN -> "De burgemeester heeft het huisverbod ingetrokken (Wth art. 2 lid 9). Het verbod geldt "
                    + "niet meer.";
            case BEEINDIGD -> "Het huisverbod is op " + LegalTime.formatLong(e.endsAt()) + " afgelopen. De nazorg begint.";
        };
        String link = baseUrl + "/dossiers/" + e.dossierId();
        List<UUID> deliveries = new ArrayList<>();
        for (OrganisationType type : List.of(OrganisationType.POLITIE, OrganisationType.GEMEENTE,
                OrganisationType.VEILIG_THUIS)) {
            String scope = switch (type) {
                case POLITIE -> e.policeUnit();
                case GEMEENTE -> e.gemeenteCode();
                default -> e.vtRegion();
            };
            for (Organisation org : organisations.serving(type, scope)) {
                deliveries.addAll(notifier.toOrganisation(org, e.dossierId(), kind, subject, body, link));
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
