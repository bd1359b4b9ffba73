package nl.huisverbod.figures;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA-256). The same input under the same key gives the same pseudonym; without the
 * key a pseudonym cannot be traced back or recomputed, not even for the small space of BSNs.
 */
final class Pseudoniemen {

    private final Mac mac;

    Pseudoniemen(byte[] sleutel) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh random key, e.g. one per research extract so that its pseudonyms link to no other extract. */
    static Pseudoniemen nieuw() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        return new Pseudoniemen(sleutel);
    }

    static Pseudoniemen van(String base64) {
        return new Pseudoniemen(Base64.getDecoder().decode(base64));
    }

    static String nieuweSleutel() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        return Base64.getEncoder().encodeToString(sleutel);
    }

    /** 16 hex characters (64 bits): unique enough for millions of cases, short enough to read. */
    synchronized String van(String... delen) {
        String invoer = String.join("\u0000", delen);
        return HexFormat.of().formatHex(mac.doFinal(invoer.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }
}
