package nl.huisverbod.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the application was killed (kill -9, a power cut of the JVM only), its embedded PostgreSQL may still
 * run on the data folder, and a new start would fail on its {@code postmaster.pid}. This stops such an orphan
 * cleanly before the new start: PostgreSQL's smart shutdown (SIGTERM) writes everything committed, as
 * {@code synchronous_commit=on} already did, so nothing is lost. A stale file of a process that is gone is
 * left to PostgreSQL, which removes it itself.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("An embedded PostgreSQL (pid {}) is still running on {} from a previous run; stopping it first",
                pid, dataDir);
        process.get().destroy();
        try {
            process.get().onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded PostgreSQL of a previous run (pid " + pid
                    + ") did not stop within " + PATIENCE.toSeconds() + " s", e);
        }
    }
}
