package nl.huisverbod.identity;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A validated access token becomes the local account of the system it was issued to: the client id
 * ({@code client_id}, else {@code azp}, else {@code sub}) names a registered {@link SystemClients} entry, whose
 * role and organisation decide need-to-know and are recorded in the audit trail. A token of an unknown or
 * disabled client is refused.
 */
final class SystemTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SystemClients clients;

    SystemTokenConverter(SystemClients clients) {
        this.clients = clients;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = jwt.getClaimAsString("client_id");
        if (clientId == null) {
            clientId = jwt.getClaimAsString("azp");
        }
        if (clientId == null) {
            clientId = jwt.getSubject();
        }
        CurrentUser user = clients.actingAs(clientId)
                .orElseThrow(() -> new InvalidBearerTokenException("the token's client is not a registered system"));
        return new SystemAuthentication(user, jwt);
    }

    /** The system a token was issued to, as the acting user. */
    record SystemPrincipal(CurrentUser currentUser) implements AppPrincipal, java.io.Serializable {
    }

    /** The authenticated system. */
    static final class SystemAuthentication extends AbstractAuthenticationToken {

        private static final long serialVersionUID = 1L;
        private final SystemPrincipal principal;
        private final CurrentUser user;
        private final transient Jwt jwt;

        SystemAuthentication(CurrentUser user, Jwt jwt) {
            super(List.of(new SimpleGrantedAuthority(user.role().authority())));
            this.user = user;
            this.principal = new SystemPrincipal(user);
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return user.username();
        }
    }
}
