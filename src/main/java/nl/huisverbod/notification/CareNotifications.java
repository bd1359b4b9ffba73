package nl.huisverbod.notification;

import nl.huisverbod.care.HulpverleningStap;
import nl.huisverbod.care.PartnerUitgenodigd;
import nl.huisverbod.decision.BeleidsadviesUitgebracht;
import nl.huisverbod.enforcement.StrafrechtstapVastgelegd;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.Messages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The hand-overs of the ten days: the zorgadvies to the municipality, the beleidsadvies to the mayor, an
 * invitation to the partner, and the OM's steps back to the coordinator (domain.md §4 step 8, §8).
 */
@Component
class CareNotifications {

    private final Broadcast broadcast;
    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl");
    private final Organisations organisations;
    private final Messages messages;

    CareNotifications(Broadcast broadcast, Organisations organisations, Messages messages) {
        this.broadcast = broadcast;
        this.organisations = organisations;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(HulpverleningStap s) {
        if (s.stap() != HulpverleningStap.Stap.ZORGADVIES_UITGEBRACHT) {
            return;
        }
        broadcast.about(s.dossierId())
                .toServing(OrganisationType.GEMEENTE, s.gemeenteCode(), NotificationKind.ZORGADVIES,
                        "Zorgadvies over verlenging (" + s.dossierNummer() + ")",
                        "Het zorgadvies is uitgebracht. Hoor beide partijen en geef de burgemeester een beleidsadvies.")
                .send();
    }

    @ApplicationModuleListener
    void on(BeleidsadviesUitgebracht e) {
        broadcast.about(e.dossierId())
                .toRoleIn(OrganisationType.GEMEENTE, e.gemeenteCode(), Role.BURGEMEESTER, NotificationKind.BELEIDSADVIES,
                        "Besluit over verlenging gevraagd (" + e.dossierNummer() + ")",
                        "Het beleidsadvies luidt: " + (e.verlengen() ? "verlengen" : "niet verlengen")
                                + ". U beslist vóór het einde van het huisverbod (Wth art. 9).")
                .send();
    }

    @ApplicationModuleListener
    void on(PartnerUitgenodigd e) {
        organisations.find(e.organisationId()).ifPresent(org -> broadcast.about(e.dossierId())
                .to(org, NotificationKind.PARTNER_UITGENODIGD, "Uitnodiging huisverbod " + e.dossierNummer(),
                        "U bent als partner aan dit huisverbod toegevoegd. U ziet alleen wat uw rol nodig heeft.")
                .send());
    }

    @ApplicationModuleListener
    void on(StrafrechtstapVastgelegd e) {
        if (!e.soort().feedBack()) {
            return;
        }
        // notices are in Dutch, the chain's language, whatever the language of the user who caused them
        String what = messages.get(DUTCH, "criminal.soort." + e.soort().name())
                + (e.uitkomst() == null ? "" : ": " + messages.get(DUTCH, "criminal.uitkomst." + e.uitkomst().name()));
        broadcast.about(e.dossierId())
                .toServing(OrganisationType.VEILIG_THUIS, e.vtRegion(), NotificationKind.STRAFRECHT,
                        "Strafrechtelijk traject (" + e.dossierNummer() + ")",
                        "Het Openbaar Ministerie legde vast: " + what + ".")
                .send();
    }
}
