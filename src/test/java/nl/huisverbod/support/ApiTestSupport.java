package nl.huisverbod.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What API tests share: the HTTP client, the case fixture, and a clock put back after each test. */
public abstract class ApiTestSupport {

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;

    protected Api api;
    protected CaseFixture cases;

    @BeforeEach
    void createClients() {
        api = new Api(port);
        cases = new CaseFixture(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
