package nl.huisverbod.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The folder the keys live in (every node reads the same one) and how a key file is written: readable by the
 * application's own account only. Without a folder configured (tests, a first look) keys live in a temporary one.
 */
final class KeyFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFiles() {
    }

    static Path folder(String keyDir, String temporaryPrefix) throws IOException {
        Path dir = keyDir == null || keyDir.isBlank() ? Files.createTempDirectory(temporaryPrefix)
                : Path.of(keyDir).toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    static void writePrivately(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    /** The 32 random bytes in {@code name}, made on first use. */
    static byte[] secret(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            writePrivately(file, fresh);
        }
        return Files.readAllBytes(file);
    }
}
