package nl.huisverbod.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Production login through an organisation's OIDC identity provider (configured, here without a real IdP). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "huisverbod.embedded-db.data-dir=",
        "huisverbod.demo.cases=false",
        "spring.security.oauth2.client.registration.politie.client-id=huisverbod",
        "spring.security.oauth2.client.registration.politie.client-secret=secret",
        "spring.security.oauth2.client.registration.politie.scope=openid",
        "spring.security.oauth2.client.registration.politie.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.politie.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.politie.authorization-uri=http://127.0.0.1:9/realms/politie/auth",
        "spring.security.oauth2.client.provider.politie.token-uri=http://127.0.0.1:9/realms/politie/token",
        "spring.security.oauth2.client.provider.politie.jwk-set-uri=http://127.0.0.1:9/realms/politie/certs",
        "spring.security.oauth2.client.provider.politie.user-name-attribute=preferred_username"
})
class OidcLoginTest {

    @LocalServerPort
    int port;
    @Autowired
    LocalOidcUserService oidcUsers;
    @Autowired
    ClientRegistrationRepository registrations;

    @Test
    void the_login_page_offers_the_identity_provider_and_sends_the_user_there() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(login).contains("/oauth2/authorization/politie");
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/politie")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .startsWith("http://127.0.0.1:9/realms/politie/auth?response_type=code&client_id=huisverbod")
                .contains("scope=openid");
    }

    @Test
    void a_user_from_the_identity_provider_gets_the_role_and_organisation_of_the_local_account() {
        OidcUser user = oidcUsers.loadUser(request("hovj", Map.of("roles", "BURGEMEESTER")));
        CurrentUser current = ((AppPrincipal) user).currentUser();
        assertThat(current.role()).isEqualTo(Role.HOVJ);
        assertThat(current.scopeCode()).isEqualTo("Noord-Nederland");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_HOVJ");
    }

    @Test
    void a_user_without_a_local_account_is_refused() {
        assertThatThrownBy(() -> oidcUsers.loadUser(request("onbekend", Map.of())))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("onbekend");
    }

    private OidcUserRequest request(String username, Map<String, Object> extraClaims) {
        Instant now = Instant.now();
        var claims = new java.util.HashMap<String, Object>(Map.of("sub", "id-" + username,
                "preferred_username", username, "iss", "http://127.0.0.1:9/realms/politie", "aud", "huisverbod"));
        claims.putAll(extraClaims);
        var idToken = new OidcIdToken("id-token", now, now.plusSeconds(300), claims);
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300));
        return new OidcUserRequest(registrations.findByRegistrationId("politie"), accessToken, idToken);
    }
}
