package nl.huisverbod.identity;

import java.util.UUID;

/** An organisation in the chain. {@code scopeCode} is explained at {@link OrganisationType}. */
public record Organisation(UUID id, OrganisationType type, String name, String scopeCode, String email) {
}
