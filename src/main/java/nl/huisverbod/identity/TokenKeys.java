package nl.huisverbod.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The embedded authorisation server's signing key (RSA 2048, RS256 as the NL GOV profile allows), kept in a
 * file so that tokens stay valid across a restart and every node on the same folder signs and checks alike.
 */
final class TokenKeys {

    private TokenKeys() {
    }

    static JWKSource<SecurityContext> load(String keyDir) throws IOException {
        Path dir = KeyFiles.folder(keyDir, "huisverbod-tokens");
        Path file = dir.resolve("signing-key.jwk.json");
        RSAKey key;
        try {
            if (Files.exists(file)) {
                key = RSAKey.parse(Files.readString(file));
            } else {
                key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
                KeyFiles.writePrivately(file, key.toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("cannot read or make the token signing key in " + dir, e);
        }
        return new ImmutableJWKSet<>(new JWKSet(key));
    }
}
