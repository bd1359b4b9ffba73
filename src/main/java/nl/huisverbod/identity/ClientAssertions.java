package nl.huisverbod.identity;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * Checks the JWT a partner system signs to authenticate at the token endpoint ({@code private_key_jwt}, RFC 7523):
 * the signature with the public keys registered for that system (not fetched from anywhere), then issuer and
 * subject (the client id), audience (this issuer or its token endpoint) and expiry as the authorisation server
 * does, and beyond that: a lifetime of at most five minutes, and an identifier ({@code jti}) used only once.
 * A signature check costs well under a millisecond, where a client secret costs a BCrypt round.
 */
final class ClientAssertions implements JwtDecoderFactory<RegisteredClient> {

    /** The registered client's setting that holds its public JWK Set. */
    static final String PUBLIC_KEYS = "huisverbod.public-keys";
    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc7523#section-3";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();

    ClientAssertions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signing algorithm the authorisation server files a client under: any signature means private_key_jwt. */
    static SignatureAlgorithm signingAlgorithm(JWKSet keys) {
        return keys.getKeys().stream().allMatch(k -> k instanceof ECKey)
                ? SignatureAlgorithm.ES256 : SignatureAlgorithm.RS256;
    }

    @Override
    public JwtDecoder createDecoder(RegisteredClient client) {
        String keys = client.getClientSettings().getSetting(PUBLIC_KEYS);
        if (keys == null) {
            throw new IllegalStateException("client " + client.getClientId() + " has no public keys");
        }
        // keyed by the keys themselves: a new key set takes effect at once, the old one's decoder is dropped
        if (decoders.size() > 1_000) {
            decoders.clear();
        }
        return decoders.computeIfAbsent(client.getClientId() + '\n' + keys, k -> decoder(client, SystemKeys.read(keys)));
    }

    private JwtDecoder decoder(RegisteredClient client, JWKSet keys) {
        Set<SignatureAlgorithm> algorithms = keys.getKeys().stream().map(SystemKeys::algorithms).flatMap(Set::stream)
                .map(a -> SignatureAlgorithm.from(a.getName())).collect(Collectors.toSet());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<SecurityContext>(keys))
                .jwsAlgorithms(a -> a.addAll(algorithms)).build();
        OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(
                JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(client), this::shortLived);
        // the identifier is spent only by an assertion that is otherwise valid
        decoder.setJwtValidator(jwt -> {
            OAuth2TokenValidatorResult result = claims.validate(jwt);
            return result.hasErrors() ? result : usedOnce(client.getClientId(), jwt);
        });
        return decoder;
    }

    private OAuth2TokenValidatorResult shortLived(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null || expires.isAfter(clock.instant().plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
            return failure("the client assertion must expire within " + MAX_LIFETIME.toMinutes() + " minutes");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private OAuth2TokenValidatorResult usedOnce(String clientId, Jwt jwt) {
        String id = jwt.getId();
        if (id == null || id.isBlank() || id.length() > 200) {
            return failure("the client assertion needs a jti of at most 200 characters");
        }
        if (accepted.incrementAndGet() % 256 == 0) {
            jdbc.sql("delete from client_assertion where expires_at < ?").param(Timestamp.from(clock.instant())).update();
        }
        int stored = jdbc.sql("""
                insert into client_assertion (client_id, jti, expires_at) values (?, ?, ?)
                on conflict do nothing""")
                .params(clientId, id, Timestamp.from(jwt.getExpiresAt().plus(CLOCK_SKEW))).update();
        return stored == 1 ? OAuth2TokenValidatorResult.success() : failure("the client assertion was used before");
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_client", description, ERROR_URI));
    }
}
