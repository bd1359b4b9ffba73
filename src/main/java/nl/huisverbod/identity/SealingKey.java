package nl.huisverbod.identity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key that encrypts secrets kept in the database (AES-256-GCM), in a file beside the token signing key:
 * whoever holds only the database cannot use them (compute anyone's second-factor codes, call a partner's
 * system). Every node reads the same folder. Each secret is sealed with its own random nonce and bound to what
 * it belongs to (an account, a link).
 */
final class SealingKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    private SealingKey(SecretKey key) {
        this.key = key;
    }

    static SealingKey load(String keyDir, String temporaryPrefix, String file) throws IOException {
        Path dir = KeyFiles.folder(keyDir, temporaryPrefix);
        return new SealingKey(new SecretKeySpec(KeyFiles.secret(dir, file), "AES"));
    }

    byte[] seal(byte[] secret, String account) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(account.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return ByteBuffer.allocate(12 + secret.length + 16).put(nonce).put(c.doFinal(secret)).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret", e);
        }
    }

    byte[] open(byte[] sealed, String account) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
            c.updateAAD(account.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return c.doFinal(sealed, 12, sealed.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed secret does not open with this key (moved or altered?)", e);
        }
    }
}
