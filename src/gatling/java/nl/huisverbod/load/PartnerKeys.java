package nl.huisverbod.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partner systems' side of {@code private_key_jwt}: before the run, a key pair per system is made here and its
 * public half registered by the functional administrator ({@code PUT /api/v1/systemen/{id}/sleutels}); during the
 * run every token request carries a fresh assertion signed with the private half, which never leaves this process.
 */
final class PartnerKeys {

    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, ECKey> keys = new ConcurrentHashMap<>();
    private final String issuer;

    private PartnerKeys(String issuer) {
        this.issuer = issuer;
    }

    /** Registers a new key for each system with the administrator's password (one hash, before the run). */
    static PartnerKeys register(String base, String administratorPassword, List<String> systems) {
        try {
            HttpClient http = HttpClient.newHttpClient();
            String issuer = JSON.readTree(http.send(HttpRequest.newBuilder(
                            URI.create(base + "/.well-known/oauth-authorization-server")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body()).path("issuer").asText();
            PartnerKeys partner = new PartnerKeys(issuer);
            String basic = "Basic " + Base64.getEncoder().encodeToString(("beheerder:" + administratorPassword)
                    .getBytes(StandardCharsets.UTF_8));
            for (String system : systems) {
                ECKey key = new ECKeyGenerator(Curve.P_256).keyID("load-" + UUID.randomUUID()).generate();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/systemen/" + system + "/sleutels"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(new JWKSet(key).toPublicJWKSet()
                                .toJSONObject()))).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("the key of " + system + " was not registered: " + r.statusCode() + " " + r.body());
                }
                partner.keys.put(system, key);
            }
            return partner;
        } catch (java.io.IOException | JOSEException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client assertion for one token request: valid for a minute, used once. */
    String assertion(String system) {
        ECKey key = keys.get(system);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder().issuer(system).subject(system).audience(issuer)
                            .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000))
                            .jwtID(UUID.randomUUID().toString()).build());
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
