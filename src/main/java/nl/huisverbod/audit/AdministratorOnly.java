package nl.huisverbod.audit;

import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The trail itself is for the functional administrator only, in the UI and in the API. */
@Component
class AdministratorOnly {

    private final CurrentUserProvider currentUser;

    AdministratorOnly(CurrentUserProvider currentUser) {
        this.currentUser = currentUser;
    }

    void check() {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("audit trail is for the functional administrator");
        }
    }
}
