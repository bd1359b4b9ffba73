package nl.huisverbod.identity;

import java.util.UUID;

/** A stored user account. The password hash is never shown. */
public record UserAccount(UUID id, String username, String displayName, String passwordHash,
                          UUID organisationId, Role role, String email, boolean enabled) {
}
