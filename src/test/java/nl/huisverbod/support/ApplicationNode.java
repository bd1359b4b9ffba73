package nl.huisverbod.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.huisverbod.HuisverbodApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another whole application node on the test database, configured as production is: an external database
 * (so no embedded one and no demo data), the application's own role, migrations as the owner.
 */
public final class ApplicationNode {

    private ApplicationNode() {
    }

    public static ConfigurableApplicationContext start(EmbeddedPostgres pg, String... extraProperties) {
        var properties = new java.util.ArrayList<>(java.util.List.of(
                "spring.datasource.url=" + pg.getJdbcUrl("huisverbod_app", "postgres"),
                "spring.datasource.username=huisverbod_app",
                "spring.flyway.user=postgres",
                "huisverbod.audit.anchor-dir=",
                "huisverbod.auth-server.key-dir=",
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + TestInfrastructure.SMTP_PORT,
                "huisverbod.mail.retry-interval=PT1H",
                "huisverbod.deadlines.sweep-interval=PT1H",
                // the first node already delivers its own outstanding events
                "spring.modulith.events.republish-outstanding-events-on-restart=false"));
        properties.addAll(java.util.List.of(extraProperties));
        return new SpringApplicationBuilder(HuisverbodApplication.class).properties(properties.toArray(String[]::new)).run();
    }
}
