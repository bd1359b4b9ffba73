package nl.huisverbod.decision;

import java.util.List;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.RunningOrders;
import nl.huisverbod.identity.CurrentUserProvider;
import org.springframework.stereotype.Component;

/** The running orders at an address, by case number, for the police's registration form. */
@Component
class RunningOrdersAtAddress implements RunningOrders {

    private final Besluiten besluiten;
    private final Dossiers dossiers;
    private final CurrentUserProvider currentUser;

    RunningOrdersAtAddress(Besluiten besluiten, Dossiers dossiers, CurrentUserProvider currentUser) {
        this.besluiten = besluiten;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
    }

    @Override
    public List<RunningOrder> at(String postcode, String huisnummer) {
        if (!currentUser.require().role().isPolice() || postcode == null || postcode.isBlank()
                || huisnummer == null || huisnummer.isBlank()) {
            return List.of();
        }
        return besluiten.runningAt(postcode, huisnummer).stream()
                .map(h -> new RunningOrder(h.dossierId(), dossiers.unchecked(h.dossierId()).nummer(), h.endsAt()))
                .toList();
    }
}
