package nl.huisverbod.identity;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a user who logged in at the organisation's identity provider to the local account with the same
 * username. The role and organisation come from the local account, never from the token: the chain decides
 * who may see what, not each IdP.
 */
@Component
class LocalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final Users users;
    private final String usernameClaim;

    LocalOidcUserService(Users users, @Value("${huisverbod.oidc.username-claim:preferred_username}") String claim) {
        this.users = users;
        this.usernameClaim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        String username = oidc.getClaimAsString(usernameClaim);
        UserAccount account = users.findByUsername(username == null ? "" : username)
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("unknown_user", "No enabled account for " + username, null)));
        return new AppOidcUser(oidc, users.toCurrentUser(account));
    }

    static final class AppOidcUser extends DefaultOidcUser implements AppPrincipal {
        private final CurrentUser user;

        AppOidcUser(OidcUser oidc, CurrentUser user) {
            super(List.of(new SimpleGrantedAuthority(user.role().authority())), oidc.getIdToken(), oidc.getUserInfo());
            this.user = user;
        }

        @Override
        public CurrentUser currentUser() {
            return user;
        }
    }
}
