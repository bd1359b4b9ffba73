package nl.huisverbod.notification;

import nl.huisverbod.decision.HuisverbodGewijzigd;
import nl.huisverbod.decision.HuisverbodOpgelegd;
import nl.huisverbod.decision.HuisverbodVoorgesteld;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.LegalTime;
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
        String subject = "Huisverbod opgelegd in " + gemeente + " (" + e.dossierNummer() + ")";
        String body = "Er is een huisverbod opgelegd op " + LegalTime.formatLong(e.imposedAt()) + ". Het eindigt op "
                + LegalTime.formatLong(e.endsAt()) + ". Het dossier met risicotaxatie en beschikking staat klaar.";
        Broadcast.Batch batch = broadcast.about(e.dossierId())
                .toServing(OrganisationType.GEMEENTE, e.gemeenteCode(), NotificationKind.HUISVERBOD_GEMEENTE, subject,
                        body + " Graag juridische controle.")
                // routed by the moment the notice goes out, not the moment imposed: an order recorded in the
                // morning for the night reaches the team at work now (domain.md §7)
                .toOnDuty(OrganisationType.VEILIG_THUIS, e.vtRegion(), e.recordedAt(),
                        NotificationKind.HUISVERBOD_HULPVERLENING, subject,
                        body + " Graag hulpverlening starten (Wth art. 2 lid 8).");
        if (e.decidedByHovj()) {
            batch.toRoleIn(OrganisationType.GEMEENTE, e.gemeenteCode(), Role.BURGEMEESTER,
                    NotificationKind.HUISVERBOD_BURGEMEESTER, subject,
                    body + " Opgelegd door de hulpofficier van justitie krachtens uw mandaat (Wth art. 3 lid 2).");
        }
        // Wth 2(8): the help organisation the municipality designated, when that is not Veilig Thuis itself
        String designated = municipalities.policy(e.gemeenteCode()).helpOrganisation();
        if (designated != null) {
            organisations.named(designated).filter(org -> org.type() != OrganisationType.VEILIG_THUIS
                    || !org.scopeCode().equals(e.vtRegion())).ifPresent(org -> batch.to(org,
                    NotificationKind.HUISVERBOD_HULPVERLENING, subject,
                    body + " U bent door de gemeente aangewezen voor de hulpverlening (Wth art. 2 lid 8)."));
        }
        if (e.arrest()) {
            batch.toServing(OrganisationType.OM, e.policeUnit(), NotificationKind.HUISVERBOD_OM, subject,
                    body + " Er is een aanhouding verricht (samenloop).");
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
        String subject = switch (e.wijziging()) {
            case VERLENGD -> "Huisverbod verlengd tot " + LegalTime.formatLong(e.endsAt());
            case NIET_VERLENGD -> "Huisverbod wordt niet verlengd; het eindigt op " + LegalTime.formatLong(e.endsAt());
            case INGETROKKEN -> "Huisverbod ingetrokken";
            case BEEINDIGD -> "Huisverbod beëindigd";
            case DOOR_RECHTER_BEEINDIGD -> "Huisverbod vervallen door uitspraak van de rechter";
        } + " (" + e.dossierNummer() + ")";
        String body = switch (e.wijziging()) {
            case VERLENGD -> "De burgemeester heeft het huisverbod verlengd (Wth art. 9). Het eindigt nu op "
                    + LegalTime.formatLong(e.endsAt()) + ".";
            case NIET_VERLENGD -> "De burgemeester heeft besloten het huisverbod niet te verlengen (Wth art. 9). Het "
                    + "eindigt op " + LegalTime.formatLong(e.endsAt()) + "; bereid de overgang naar de nazorg voor.";
            case INGETROKKEN -> "De burgemeester heeft het huisverbod ingetrokken (Wth art. 2 lid 9). Het verbod geldt "
                    + "niet meer.";
            case BEEINDIGD -> "Het huisverbod is op " + LegalTime.formatLong(e.endsAt()) + " afgelopen. De nazorg begint.";
            case DOOR_RECHTER_BEEINDIGD -> "De rechter heeft het huisverbod geschorst of vernietigd (Wth art. 6). Het "
                    + "verbod geldt niet meer; informeer de huisgenoten (Wth art. 8).";
        };
        // what only the police do stays in the police's notice
        String police = e.wijziging() == HuisverbodGewijzigd.Wijziging.NIET_VERLENGD ? body
                : body + " Pas de adresmelding en het toezicht aan.";
        Broadcast.Batch batch = broadcast.about(e.dossierId())
                .toServing(OrganisationType.POLITIE, e.policeUnit(), kind, subject, police)
                .toServing(OrganisationType.GEMEENTE, e.gemeenteCode(), kind, subject, body)
                .toServing(OrganisationType.VEILIG_THUIS, e.vtRegion(), kind, subject, body);
        // the partners on the case: probation supervises, the shelter plans the stay (domain.md §4 step 8)
        dossiers.assignedOrganisations(e.dossierId()).forEach(id -> organisations.find(id)
                .filter(org -> org.type() == OrganisationType.ZORGAANBIEDER)
                .ifPresent(org -> batch.to(org, kind, subject, body)));
        batch.send();
    }

    @ApplicationModuleListener
    void on(HuisverbodVoorgesteld e) {
        broadcast.about(e.dossierId())
                .toRoleIn(OrganisationType.GEMEENTE, e.gemeenteCode(), Role.BURGEMEESTER,
                        NotificationKind.VOORSTEL_BURGEMEESTER, "Besluit gevraagd: huisverbod " + e.dossierNummer(),
                        "De hulpofficier van justitie stelt voor: " + e.voorstel().name().toLowerCase().replace('_', ' ')
                                + ". U beslist (Wth art. 3).")
                .send();
    }
}
