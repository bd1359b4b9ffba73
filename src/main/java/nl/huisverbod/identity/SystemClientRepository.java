package nl.huisverbod.identity;

import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The embedded authorisation server's clients: the {@link SystemClients} with a secret, each allowed the
 * client-credentials grant only, for short-lived self-contained access tokens.
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
        return clients.find(clientId).filter(c -> c.secretHash() != null)
                .map(c -> RegisteredClient.withId(c.clientId())
                        .clientId(c.clientId())
                        .clientName(c.account().displayName())
                        .clientSecret(c.secretHash())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope("api")
                        .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                                .accessTokenTimeToLive(TOKEN_LIFETIME).build())
                        .build())
                .orElse(null);
    }
}
