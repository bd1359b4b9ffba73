package nl.huisverbod.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A partner's system that registered its public key gets its tokens with an assertion it signs itself
 * ({@code private_key_jwt}, RFC 7523, as the NL GOV Assurance profile prefers): no shared secret crosses the wire
 * and no password hash is computed. Tried as an attacker would: replayed, expired, long-lived, for another
 * audience, for another system, signed with another key.
 */
@IntegrationTest
class PrivateKeyJwtTest extends ApiTestSupport {

    private static final String SYSTEM = "systeem.gemeente-assen";
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${huisverbod.auth-server.issuer}")
    String issuer;
    @Autowired
    JdbcClient jdbc;

    private static ECKey newKey(String id) throws JOSEException {
        return new ECKeyGenerator(Curve.P_256).keyID(id).generate();
    }

    private Api.Response register(String user, ECKey... keys) {
        return api.put(user, "/api/v1/systemen/" + SYSTEM + "/sleutels",
                new JWKSet(List.of(keys)).toPublicJWKSet().toJSONObject());
    }

    private String assertion(ECKey key, String client, String audience, Instant expires, String id) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(client).subject(client).audience(audience)
                        .issueTime(new Date()).expirationTime(Date.from(expires)).jwtID(id).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private String assertion(ECKey key) throws JOSEException {
        return assertion(key, SYSTEM, issuer, Instant.now().plusSeconds(60), UUID.randomUUID().toString());
    }

    private HttpResponse<String> tokenRequest(String clientId, String assertion) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_assertion_type=" + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                StandardCharsets.UTF_8) + "&client_assertion=" + assertion;
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_system_with_a_registered_public_key_gets_a_token_with_a_signed_assertion_and_calls_the_api_with_it()
            throws Exception {
        ECKey key = newKey("assen-2026-12");
        Api.Response registered = register("beheerder", key);
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().path("authenticatiemethoden").toString())
                .contains("client_secret_basic", "private_key_jwt");
        assertThat(registered.json().path("sleutels").toString()).contains("assen-2026-12");
        assertThat(registered.body()).as("the key itself is not shown back").doesNotContain(key.getX().toString());

        HttpResponse<String> token = tokenRequest(SYSTEM, assertion(key));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String access = tools.jackson.databind.json.JsonMapper.builder().build().readTree(token.body())
                .path("access_token").asString();
        HttpResponse<String> call = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/taken"))
                .header("Authorization", "Bearer " + access).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(call.statusCode()).as(call.body()).isEqualTo(200);

        JsonNode listed = api.get("beheerder", "/api/v1/systemen").json();
        assertThat(listed.toString()).contains(SYSTEM, "private_key_jwt", "assen-2026-12", "Gemeente Assen");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where username = 'beheerder' and action = 'WRITE'
                and object_type = 'systeemsleutels' and details like ?""").param(SYSTEM + ": assen-2026-12")
                .query(Long.class).single()).as("the change of keys is in the audit trail").isEqualTo(1);
    }

    @Test
    void an_assertion_is_refused_when_replayed_expired_long_lived_for_another_audience_or_system_or_signed_with_another_key()
            throws Exception {
        ECKey key = newKey("assen-replay");
        assertThat(register("beheerder", key).status()).isEqualTo(200);
        String once = assertion(key);
        assertThat(tokenRequest(SYSTEM, once).statusCode()).isEqualTo(200);
        assertThat(tokenRequest(SYSTEM, once).statusCode()).as("replayed").isEqualTo(401);

        String id = UUID.randomUUID().toString();
        Map<String, String> refused = Map.of(
                "expired", assertion(key, SYSTEM, issuer, Instant.now().minusSeconds(120), id + "a"),
                "valid for an hour", assertion(key, SYSTEM, issuer, Instant.now().plus(Duration.ofHours(1)), id + "b"),
                "for another audience", assertion(key, SYSTEM, "https://elders.example.nl", Instant.now().plusSeconds(60), id + "c"),
                "signed with a key nobody registered", assertion(newKey("assen-replay"), SYSTEM, issuer,
                        Instant.now().plusSeconds(60), id + "d"),
                "naming another system", assertion(key, "systeem.politie-noord-nederland", issuer,
                        Instant.now().plusSeconds(60), id + "e"),
                "without an id", assertion(key, SYSTEM, issuer, Instant.now().plusSeconds(60), null));
        refused.forEach((why, bad) -> {
            try {
                HttpResponse<String> r = tokenRequest(SYSTEM, bad);
                assertThat(r.statusCode()).as(why + ": " + r.body()).isEqualTo(401);
                assertThat(r.body()).as(why).contains("invalid_client");
            } catch (Exception e) {
                throw new AssertionError(why, e);
            }
        });
        assertThat(tokenRequest("systeem.politie-noord-nederland", assertion(key, "systeem.politie-noord-nederland",
                issuer, Instant.now().plusSeconds(60), id + "f")).statusCode())
                .as("a system without keys cannot use another's").isEqualTo(401);

        ECKey next = newKey("assen-next");
        assertThat(register("beheerder", next).status()).isEqualTo(200);
        assertThat(tokenRequest(SYSTEM, assertion(key)).statusCode()).as("a replaced key is refused at once").isEqualTo(401);
        assertThat(tokenRequest(SYSTEM, assertion(next)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_private_key_a_weak_key_or_a_key_without_id_is_refused_with_every_problem_named() throws Exception {
        Map<String, Object> withPrivatePart = new JWKSet(newKey("lek")).toJSONObject(false);
        Api.Response r = api.put("beheerder", "/api/v1/systemen/" + SYSTEM + "/sleutels", withPrivatePart);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains("keys[0]", "privé");

        var weak = new RSAKeyGenerator(1024, true).keyID("zwak").generate().toPublicJWK();
        var anonymous = new ECKeyGenerator(Curve.P_256).generate().toPublicJWK();
        r = api.put("beheerder", "/api/v1/systemen/" + SYSTEM + "/sleutels", new JWKSet(List.of(weak, anonymous)).toJSONObject());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("keys[0].kty", "2.048 bits", "keys[1].kid");
        assertThat(api.put("beheerder", "/api/v1/systemen/" + SYSTEM + "/sleutels", Map.of("keys", "geen")).status())
                .isEqualTo(400);
        assertThat(api.put("beheerder", "/api/v1/systemen/systeem.bestaat-niet/sleutels",
                new JWKSet(newKey("x")).toPublicJWKSet().toJSONObject()).status()).isEqualTo(404);
    }

    @Test
    void only_the_functional_administrator_sees_the_systems_and_sets_their_keys() throws Exception {
        ECKey key = newKey("assen-indringer");
        for (String user : List.of("hovj", "jurist.assen", "burgemeester.assen", "vt.drenthe", "onderzoeker")) {
            assertThat(register(user, key).status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/systemen").status()).as(user).isEqualTo(403);
        }
        assertThat(tokenRequest(SYSTEM, assertion(key)).statusCode()).as("the intruder's key was not stored").isEqualTo(401);
    }
}
