package nl.huisverbod.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.huisverbod.shared.Violations;

/**
 * The public keys a partner system signs its client assertions with, as a JWK Set (RFC 7517): EC keys on P-256
 * (ES256) or RSA keys of at least 2,048 bits (RS256, PS256), each with its own {@code kid}, for signing. A set
 * that holds a private key is refused whole: the product must never hold a partner's private key.
 */
final class SystemKeys {

    static final int MAX_KEYS = 5;
    private static final int MIN_RSA_BITS = 2048;
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256, JWSAlgorithm.PS256);

    private SystemKeys() {
    }

    /** The keys of a JWK Set given as a map ({@code {"keys": [...]}}), or every problem with them, by field. */
    static JWKSet parse(Map<String, Object> set, Violations v) {
        Object keys = set == null ? null : set.get("keys");
        if (!(keys instanceof List<?> list) || list.isEmpty()) {
            v.add("keys", "system.keys.required");
            return null;
        }
        if (list.size() > MAX_KEYS) {
            v.add("keys", "system.keys.tooMany", MAX_KEYS);
            return null;
        }
        JWKSet parsed;
        try {
            parsed = JWKSet.parse(Map.of("keys", list));
        } catch (ParseException | RuntimeException e) {
            v.add("keys", "system.keys.unreadable");
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < parsed.getKeys().size(); i++) {
            JWK key = parsed.getKeys().get(i);
            String field = "keys[" + i + "]";
            if (key.isPrivate()) {
                v.add(field, "system.keys.private");
            }
            if (key.getKeyID() == null || key.getKeyID().isBlank()) {
                v.add(field + ".kid", "validation.required");
            } else if (!ids.add(key.getKeyID())) {
                v.add(field + ".kid", "system.keys.duplicateId");
            }
            if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
                v.add(field + ".use", "system.keys.notForSigning");
            }
            if (key.getAlgorithm() != null && !ALGORITHMS.contains(JWSAlgorithm.parse(key.getAlgorithm().getName()))) {
                v.add(field + ".alg", "system.keys.algorithm");
            }
            boolean strong = key instanceof ECKey ec ? Curve.P_256.equals(ec.getCurve())
                    : key instanceof RSAKey rsa && rsa.size() >= MIN_RSA_BITS;
            if (!strong) {
                v.add(field + ".kty", "system.keys.type", MIN_RSA_BITS);
            }
        }
        return parsed.toPublicJWKSet();
    }

    /** A stored set, read back (it was checked when it was stored). */
    static JWKSet read(String json) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored JWK Set no longer parses", e);
        }
    }

    /** The algorithms a key may sign with. */
    static Set<JWSAlgorithm> algorithms(JWK key) {
        return key instanceof ECKey ? Set.of(JWSAlgorithm.ES256) : Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256);
    }
}
