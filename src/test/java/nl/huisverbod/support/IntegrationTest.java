package nl.huisverbod.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real embedded PostgreSQL in a fresh temporary folder, with the demo
 * organisations and users (no demo cases) and SMTP to the in-process GreenMail server. Every test class uses
 * exactly these settings, so they share one application context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "huisverbod.embedded-db.data-dir=",
        "huisverbod.audit.anchor-dir=",
        "huisverbod.auth-server.key-dir=",
        "huisverbod.demo.cases=false",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + TestInfrastructure.SMTP_PORT,
        "huisverbod.mail.retry-interval=PT1H",
        "huisverbod.deadlines.sweep-interval=PT1H",
        "huisverbod.demo.availability-windows=false",
        "huisverbod.subscriptions.development-callbacks=true",
        "huisverbod.subscriptions.dispatch-interval=PT0.2S",
        "huisverbod.subscriptions.max-backoff=PT2S",
        "huisverbod.open-data.initial-delay=PT24H"
})
@Import(TestInfrastructure.class)
public @interface IntegrationTest {
}
