package nl.huisverbod.identity;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embedded authorisation server (Spring Security's authorization server): it issues access tokens to the
 * registered partner systems with the client-credentials grant at {@code /oauth2/token}, publishes its keys at
 * {@code /oauth2/jwks}, and the API validates its tokens locally with the same keys. In production the
 * organisations' own identity provider issues the tokens instead: {@code HUISVERBOD_AUTH_SERVER=false} and
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (docs/adr/0014).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "huisverbod.auth-server.enabled", havingValue = "true", matchIfMissing = true)
class TokenConfiguration {

    @Bean
    JWKSource<SecurityContext> tokenSigningKeys(@Value("${huisverbod.auth-server.key-dir:}") String keyDir)
            throws IOException {
        return TokenKeys.load(keyDir);
    }

    @Bean
    RegisteredClientRepository registeredClients(SystemClients clients) {
        return new SystemClientRepository(clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${huisverbod.auth-server.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    /** The embedded issuer's tokens are validated with its own keys, in-process: no call per request. */
    record EmbeddedIssuer(JwtDecoder decoder) {
    }

    @Bean
    EmbeddedIssuer embeddedIssuer(JWKSource<SecurityContext> keys, @Value("${huisverbod.auth-server.issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return new EmbeddedIssuer(decoder);
    }

    @Bean
    @Order(-1)
    SecurityFilterChain tokenEndpointChain(HttpSecurity http, RegisteredClientRepository clients,
                                           AuthorizationServerSettings settings, JdbcClient jdbc, Clock clock)
            throws Exception {
        var server = new OAuth2AuthorizationServerConfigurer();
        var assertions = new ClientAssertions(jdbc, clock);
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.registeredClientRepository(clients).authorizationServerSettings(settings)
                        // private_key_jwt with the keys registered for the system, not fetched from a URL
                        .clientAuthentication(c -> c.authenticationProviders(providers -> providers.forEach(p -> {
                            if (p instanceof JwtClientAssertionAuthenticationProvider jwt) {
                                jwt.setJwtDecoderFactory(assertions);
                            }
                        }))))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.ignoringRequestMatchers(server.getEndpointsMatcher()));
        return http.build();
    }
}
