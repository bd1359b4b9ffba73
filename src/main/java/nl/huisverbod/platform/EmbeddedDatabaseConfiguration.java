package nl.huisverbod.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The embedded default: when no {@code spring.datasource.url} is given, a real PostgreSQL 17 is started from
 * binaries that come from Maven Central, with its data in a persistent folder, so that running the product
 * needs nothing installed (docs/adr/0002). With {@code huisverbod.embedded-db.data-dir} empty it uses a
 * fresh temporary folder (tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${huisverbod.embedded-db.data-dir:./data/postgres}") String dataDir,
                                      @Value("${huisverbod.embedded-db.port:0}") int port) throws IOException {
        boolean temporary = dataDir == null || dataDir.isBlank();
        Path dir = temporary ? Files.createTempDirectory("huisverbod-pg") : Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir);
        if (!temporary) {
            OrphanedPostgres.stopIfRunning(dir);
        }
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(temporary)
                // Nothing committed may be lost on a crash.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", temporary ? "off" : "on")
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
        return pg;
    }

    /**
     * The application's connections: its own role, which owns nothing and so cannot alter the audit tables or
     * their triggers (V23, docs/adr/0013).
     */
    @Bean
    @Primary
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres pg, @Value("${huisverbod.db.app-role:huisverbod_app}") String appRole) {
        return DataSourceBuilder.create().type(com.zaxxer.hikari.HikariDataSource.class)
                .url(pg.getJdbcUrl(appRole, "postgres"))
                .username(appRole)
                .build();
    }

    /** Migrations run as the owner of the schema. */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgres pg) {
        return DataSourceBuilder.create()
                .url(pg.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
