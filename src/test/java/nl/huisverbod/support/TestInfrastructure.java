package nl.huisverbod.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Beans every integration test shares: a movable clock and a real in-process SMTP server. */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    public static final int SMTP_PORT = 3925;

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** Off in a test class with a context of its own ({@code huisverbod.test.smtp=false}): the port is taken. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = "huisverbod.test.smtp", havingValue = "true", matchIfMissing = true)
    GreenMail greenMail() {
        return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
