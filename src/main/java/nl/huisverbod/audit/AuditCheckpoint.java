package nl.huisverbod.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed head of the chain: "the chain had {@code position} entries and its last hash was {@code headHash}",
 * signed with the anchor's Ed25519 key ({@code keyId} is the fingerprint of its public key). Whoever keeps a
 * checkpoint can later prove that the chain up to it was not rewritten (docs/adr/0013).
 */
public record AuditCheckpoint(long position, String headHash, Instant signedAt, String keyId, String signature) {

    /** The bytes that are signed. */
    byte[] signedContent() {
        return signedContent(position, headHash, signedAt);
    }

    static byte[] signedContent(long position, String headHash, Instant signedAt) {
        return ("huisverbod-audit-checkpoint|" + position + "|" + headHash + "|" + signedAt)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One line of the anchor's checkpoint log. */
    String toLine() {
        return position + " " + headHash + " " + signedAt + " " + keyId + " " + signature;
    }

    static AuditCheckpoint parse(String line) {
        String[] p = line.trim().split(" ");
        if (p.length != 5) {
            throw new IllegalArgumentException("not a checkpoint line: " + line);
        }
        return new AuditCheckpoint(Long.parseLong(p[0]), p[1], Instant.parse(p[2]), p[3], p[4]);
    }
}
