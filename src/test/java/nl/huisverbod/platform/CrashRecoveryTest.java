package nl.huisverbod.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A crash of the application (kill -9 of its JVM) leaves its embedded PostgreSQL running on the data folder;
 * the next start stops that orphan and starts afresh on the same data, with everything committed still there.
 */
class CrashRecoveryTest {

    /** The run that crashes: starts the embedded database, commits rows, says so, and waits to be killed. */
    public static final class CrashingRun {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                    .setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on").start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create table kept (n int)");
                s.execute("insert into kept values (1), (2), (3)");
            }
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    @Test
    void a_start_after_the_application_was_killed_stops_the_orphaned_database_and_loses_nothing() throws Exception {
        Path dir = Files.createTempDirectory("huisverbod-crash");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingRun.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(run.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("COMMITTED")) {
                // wait until the rows are committed
            }
        }
        run.destroyForcibly(); // kill -9: no shutdown hook runs, the database is left running
        run.waitFor(30, TimeUnit.SECONDS);
        assertThat(dir.resolve("postmaster.pid")).exists();

        OrphanedPostgres.stopIfRunning(dir);
        EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
        try (Connection c = restarted.getPostgresDatabase().getConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from kept")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        } finally {
            restarted.close();
        }
    }
}
