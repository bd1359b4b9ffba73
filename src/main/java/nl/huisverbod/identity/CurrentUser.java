package nl.huisverbod.identity;

import java.io.Serializable;
import java.util.UUID;

/** Who is acting: the user, the role and the organisation with its scope. Kept in the (shared) HTTP session. */
public record CurrentUser(UUID userId, String username, String displayName, Role role,
                          UUID organisationId, OrganisationType organisationType, String organisationName,
                          String scopeCode) implements Serializable {

    public boolean has(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}
