package nl.huisverbod.zgw;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bearer token the ZGW APIs take (VNG "Authenticatie en autorisatie" of the ZGW standard): a JWT signed
 * with HS256 by the secret the store issued to this client, with {@code iss} and {@code client_id} naming the
 * client and {@code iat} the moment; the store looks up the client's scopes itself. A fresh token per request.
 */
final class ZgwJwt {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private ZgwJwt() {
    }

    static String of(String clientId, byte[] secret, Instant now, String userId, String userRepresentation) {
        String header = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString(("{\"iss\":" + quote(clientId) + ",\"iat\":" + now.getEpochSecond()
                + ",\"client_id\":" + quote(clientId) + ",\"user_id\":" + quote(userId)
                + ",\"user_representation\":" + quote(userRepresentation) + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** A JSON string literal; the values are identifiers and names, escaped fully all the same. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
