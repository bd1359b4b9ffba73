package nl.huisverbod.notification;

import nl.huisverbod.deadlines.DeadlineGemist;
import nl.huisverbod.deadlines.DeadlineKind;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.LegalTime;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Escalation: the organisation that owns a deadline at risk or missed is alerted in its inbox and by e-mail
 * (a deadline routed to one organisation, e.g. the crisis service out of hours, alerts only that one); a
 * missed deadline also reaches its escalation target (the municipality or the mayor, {@link DeadlineKind}).
 */
@Component
class DeadlineNotifications {

    private final Broadcast broadcast;
    private final Organisations organisations;
    private final Dossiers dossiers;

    DeadlineNotifications(Broadcast broadcast, Organisations organisations, Dossiers dossiers) {
        this.broadcast = broadcast;
        this.organisations = organisations;
        this.dossiers = dossiers;
    }

    @ApplicationModuleListener
    void on(DeadlineGemist e) {
        NotificationKind kind = e.missed() ? NotificationKind.TERMIJN_VERSTREKEN : NotificationKind.TERMIJN_DREIGT;
        String subject = (e.missed() ? "Termijn verstreken: " : "Termijn loopt bijna af: ") + label(e) + " ("
                + e.dossierNummer() + ")";
        String body = e.missed()
                ? "De termijn liep af op " + LegalTime.formatLong(e.dueAt()) + " zonder dat de handeling is "
                        + "vastgelegd. Graag direct actie."
                : "De termijn loopt af op " + LegalTime.formatLong(e.dueAt()) + " en de handeling is nog niet "
                        + "vastgelegd.";
        Broadcast.Batch batch = broadcast.about(e.dossierId());
        if (e.ownerOrganisationId() != null) {
            organisations.find(e.ownerOrganisationId()).ifPresent(org -> batch.to(org, kind, subject, body));
        } else {
            batch.toServing(e.ownerType(), e.ownerScopeCode(), kind, subject, body);
        }
        if (e.missed() && e.kind().escalatie() != DeadlineKind.Escalatie.EIGENAAR) {
            String gemeente = dossiers.unchecked(e.dossierId()).gemeenteCode();
            String escalated = "Ter informatie (escalatie): " + body;
            if (e.kind().escalatie() == DeadlineKind.Escalatie.BURGEMEESTER) {
                batch.toRoleIn(OrganisationType.GEMEENTE, gemeente, Role.BURGEMEESTER, kind, subject, escalated);
            } else if (e.ownerType() != OrganisationType.GEMEENTE) {
                batch.toServing(OrganisationType.GEMEENTE, gemeente, kind, subject, escalated);
            }
        }
        batch.send();
    }

    private static String label(DeadlineGemist e) {
        return switch (e.kind()) {
            case SCHRIFTELIJKE_BESCHIKKING -> "uitreiking van de schriftelijke beschikking (Wth art. 2 lid 7)";
            case BEREIKBAARHEID -> "bereikbaarheid uithuisgeplaatste (Wth art. 2 lid 6)";
            case ADVOCAAT -> "advocaat binnen 24 uur (Wth art. 5)";
            case ZITTING_VOORLOPIGE_VOORZIENING -> "zitting voorlopige voorziening binnen drie dagen (Wth art. 6)";
            case VERLENGINGSBESLUIT -> "besluit over verlenging vóór het einde (Wth art. 9)";
            case ACTIVERING_HULP -> "hulp activeren (dossier aanvaarden)";
            case EERSTE_CONTACT_ACHTERBLIJVERS -> "eerste contact met achterblijvers";
            case HUISBEZOEK_ACHTERBLIJVERS -> "huisbezoek achterblijvers";
            case EERSTE_CONTACT_UITHUISGEPLAATSTE -> "eerste contact met uithuisgeplaatste";
            case CONTACT_KINDEREN -> "contact met de kinderen";
            case GEZINSMANAGER -> "gezinsmanager toewijzen";
            case EERSTE_ZORGOVERLEG -> "eerste zorgoverleg";
            case SYSTEEMGESPREK -> "systeemgesprek";
            case ZORGADVIES -> "zorgadvies over verlenging";
            case BELEIDSADVIES -> "beleidsadvies aan de burgemeester";
            case MONITORING_6_WEKEN -> "monitoringcontact 6 weken na het einde";
            case MONITORING_3_MAANDEN -> "monitoringcontact 3 maanden na het einde";
            case MONITORING_6_MAANDEN -> "monitoringcontact 6 maanden na het einde";
            case MONITORING_1_JAAR -> "monitoringcontact 1 jaar na het einde";
        };
    }
}
