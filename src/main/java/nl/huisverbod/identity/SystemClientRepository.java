package nl.huisverbod.identity;

import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The embedded authorisation server's clients: the {@link SystemClients} with a secret or public keys, each
 * allowed the client-credentials grant only, for short-lived self-contained access tokens. A system with keys
 * authenticates with a signed assertion ({@code private_key_jwt}, checked by {@link ClientAssertions}); one with
 * a secret with that secret; one with both with either, while it moves from the one to the other.
 */
final class SystemClientRepository implements RegisteredClientRepository {

    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private final SystemClients clients;

    SystemClientRepository(SystemClients clients) {
        this.clients = clients;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("systems are registered through SystemClients");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clients.find(clientId).filter(c -> c.secretHash() != null || c.publicKeys() != null)
                .map(SystemClientRepository::registration).orElse(null);
    }

    private static RegisteredClient registration(SystemClients.SystemClient c) {
        RegisteredClient.Builder client = RegisteredClient.withId(c.clientId())
                .clientId(c.clientId())
                .clientName(c.account().displayName())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("api")
                .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(TOKEN_LIFETIME).build());
        if (c.secretHash() != null) {
            client.clientSecret(c.secretHash())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        if (c.publicKeys() != null) {
            client.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                    .clientSettings(ClientSettings.builder()
                            .tokenEndpointAuthenticationSigningAlgorithm(
                                    ClientAssertions.signingAlgorithm(SystemKeys.read(c.publicKeys())))
                            .setting(ClientAssertions.PUBLIC_KEYS, c.publicKeys()).build());
        }
        return client.build();
    }
}
