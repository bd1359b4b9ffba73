package nl.huisverbod.notification;

import nl.huisverbod.deadlines.DeadlineGemist;
import nl.huisverbod.shared.LegalTime;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Escalation: the organisation that owns a missed deadline is alerted in its inbox and by e-mail. */
@Component
class DeadlineNotifications {

    private final Broadcast broadcast;

    DeadlineNotifications(Broadcast broadcast) {
        this.broadcast = broadcast;
    }

    @ApplicationModuleListener
    void on(DeadlineGemist e) {
        String subject = "Termijn verstreken: " + label(e) + " (" + e.dossierNummer() + ")";
        String body = "De termijn liep af op " + LegalTime.formatLong(e.dueAt()) + " zonder dat de handeling is "
                + "vastgelegd. Graag direct actie.";
        broadcast.about(e.dossierId())
                .toServing(e.ownerType(), e.ownerScopeCode(), NotificationKind.TERMIJN_VERSTREKEN, subject, body)
                .send();
    }

    private static String label(DeadlineGemist e) {
        return switch (e.kind()) {
            case SCHRIFTELIJKE_BESCHIKKING -> "schriftelijke beschikking na mondelinge oplegging (Wth art. 2 lid 7)";
            case BEREIKBAARHEID -> "bereikbaarheid uithuisgeplaatste (Wth art. 2 lid 6)";
            case ADVOCAAT -> "advocaat binnen 24 uur (Wth art. 5)";
            case ZITTING_VOORLOPIGE_VOORZIENING -> "zitting voorlopige voorziening binnen drie dagen (Wth art. 6)";
        };
    }
}
