package nl.huisverbod.identity;

import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secrets this system holds to call other organisations' systems (a municipality's ZGW store), sealed by a
 * key outside the database ({@code link-secrets.key} in the key folder) and bound to the link they belong to.
 */
@Component
public class LinkSecrets {

    private final SealingKey key;

    LinkSecrets(@Value("${huisverbod.auth-server.key-dir:}") String keyDir) throws IOException {
        this.key = SealingKey.load(keyDir, "huisverbod-links", "link-secrets.key");
    }

    public byte[] seal(byte[] secret, String link) {
        return key.seal(secret, link);
    }

    public byte[] open(byte[] sealed, String link) {
        return key.open(sealed, link);
    }
}
