package nl.huisverbod.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.huisverbod.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The part of the audit trail outside the database: an Ed25519 key the database never holds, and an
 * append-only log of the checkpoints signed with it. Configured with {@code huisverbod.audit.anchor-dir}: a
 * folder the database administrator cannot write (another host, a write-once volume). Without a key there,
 * one is made on first start. An outside party can keep the published checkpoints as well
 * ({@code GET /api/v1/audit-controlepunten}).
 */
@Component
class AuditAnchor {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);
    private static final String PRIVATE_KEY = "signing-key.pk8";
    private static final String PUBLIC_KEY = "signing-key.pub";
    private static final String LOG = "checkpoints.log";

    private final Path dir;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    AuditAnchor(@Value("${huisverbod.audit.anchor-dir:}") String anchorDir) throws IOException {
        this.dir = anchorDir == null || anchorDir.isBlank() ? Files.createTempDirectory("huisverbod-anchor")
                : Path.of(anchorDir).toAbsolutePath();
        Files.createDirectories(dir);
        KeyPair keys = loadOrCreate();
        this.privateKey = keys.getPrivate();
        this.publicKey = keys.getPublic();
        this.keyId = Sha256.hex(publicKey.getEncoded()).substring(0, 16);
        log.info("Audit anchor in {} (key {})", dir, keyId);
    }

    String keyId() {
        return keyId;
    }

    /** The public key, X.509 encoded in base64, for whoever verifies checkpoints outside the product. */
    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** Signs a head of the chain and appends it to the anchor's log (forced to disk). */
    synchronized AuditCheckpoint sign(long position, String headHash, Instant at) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(AuditCheckpoint.signedContent(position, headHash, at));
            var checkpoint = new AuditCheckpoint(position, headHash, at, keyId,
                    Base64.getEncoder().encodeToString(s.sign()));
            try (FileChannel ch = FileChannel.open(dir.resolve(LOG), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap((checkpoint.toLine() + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            return checkpoint;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every JDK 15+", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit anchor in " + dir, e);
        }
    }

    /** True when the checkpoint was signed with this anchor's key and its signature holds. */
    boolean isValid(AuditCheckpoint c) {
        if (!keyId.equals(c.keyId())) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKey);
            s.update(c.signedContent());
            return s.verify(Base64.getDecoder().decode(c.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Every checkpoint this anchor signed, oldest first: what the verification trusts. */
    List<AuditCheckpoint> checkpoints() {
        Path file = dir.resolve(LOG);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(AuditCheckpoint::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor in " + dir, e);
        }
    }

    private KeyPair loadOrCreate() throws IOException {
        Path priv = dir.resolve(PRIVATE_KEY);
        Path pub = dir.resolve(PUBLIC_KEY);
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            if (Files.exists(priv) && Files.exists(pub)) {
                return new KeyPair(
                        factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(Files.readString(pub).trim()))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(priv).trim()))));
            }
            KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.writeString(priv, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
            Files.writeString(pub, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
            restrictToOwner(priv);
            log.warn("Made a new audit signing key in {}; keep it out of the database administrator's reach", dir);
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every JDK 15+", e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("cannot restrict {} to its owner", file);
        }
    }
}
