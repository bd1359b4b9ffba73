package nl.huisverbod.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Above capacity a request is answered at once with 503 and Retry-After, and work starts again by itself. */
class OverloadGuardTest {

    private final StaticMessageSource source = new StaticMessageSource();
    private final OverloadGuard guard;

    OverloadGuardTest() {
        source.addMessage("error.overloaded", java.util.Locale.forLanguageTag("nl"), "Het is nu erg druk; over {0} s opnieuw.");
        source.addMessage("error.overloaded.title", java.util.Locale.forLanguageTag("nl"), "Even geduld");
        guard = new OverloadGuard(new Messages(source), JsonMapper.builder().build(), 1, 1, Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofSeconds(5));
    }

    @Test
    void a_request_beyond_capacity_gets_a_fast_503_with_retry_after_and_the_next_one_after_the_peak_gets_through()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> busy = holdOne(new MockHttpServletRequest("GET", "/api/v1/dossiers"), release);

        MockHttpServletResponse api = call("/api/v1/dossiers");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getHeader("Retry-After")).isEqualTo("5");
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503", "over 5 s opnieuw");

        MockHttpServletResponse page = call("/dossiers");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("<h1>Even geduld</h1>", "lang=\"nl\"");

        assertThat(call("/css/app.css").getStatus()).as("static files are never held back").isEqualTo(200);

        release.countDown();
        busy.get(5, TimeUnit.SECONDS);
        assertThat(call("/api/v1/dossiers").getStatus()).isEqualTo(200);
    }

    @Test
    void a_storm_of_logins_waits_in_its_own_lane_and_leaves_the_pages_to_the_people_already_in() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> hashing = holdOne(new MockHttpServletRequest("POST", "/login"), release);

        assertThat(call(new MockHttpServletRequest("POST", "/login")).getStatus()).isEqualTo(503);
        assertThat(call(new MockHttpServletRequest("POST", "/oauth2/token")).getStatus()).isEqualTo(503);
        var basic = new MockHttpServletRequest("GET", "/api/v1/taken");
        basic.addHeader("Authorization", "Basic b25kZXJ6b2VrZXI6Z2VoZWlt");
        assertThat(call(basic).getStatus()).as("a password on an API call is a login too").isEqualTo(503);
        assertThat(call("/dossiers").getStatus()).as("pages go on").isEqualTo(200);
        var bearer = new MockHttpServletRequest("GET", "/api/v1/taken");
        bearer.addHeader("Authorization", "Bearer eyJ");
        assertThat(call(bearer).getStatus()).as("a token is no login").isEqualTo(200);
        var assertion = new MockHttpServletRequest("POST", "/oauth2/token");
        assertion.setParameter("client_assertion", "eyJ");
        assertThat(call(assertion).getStatus()).as("a signed assertion is a signature check, not a hash").isEqualTo(200);
        assertion.addHeader("Authorization", "Basic c3lzdGVlbTpnZWhlaW0=");
        assertThat(call(assertion).getStatus()).as("unless it brings a secret as well").isEqualTo(503);

        release.countDown();
        hashing.get(5, TimeUnit.SECONDS);
        assertThat(call(new MockHttpServletRequest("POST", "/login")).getStatus()).isEqualTo(200);
    }

    @Test
    void full_pages_do_not_keep_a_person_from_logging_in() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> busy = holdOne(new MockHttpServletRequest("GET", "/dossiers"), release);

        assertThat(call("/dossiers").getStatus()).isEqualTo(503);
        assertThat(call(new MockHttpServletRequest("POST", "/login")).getStatus()).isEqualTo(200);

        release.countDown();
        busy.get(5, TimeUnit.SECONDS);
    }

    /** Starts the request on another thread and returns once it holds its permit, until {@code release}. */
    private CompletableFuture<Void> holdOne(MockHttpServletRequest request, CountDownLatch release) throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
            try {
                guard.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        return busy;
    }

    private MockHttpServletResponse call(String path) throws Exception {
        return call(new MockHttpServletRequest("GET", path));
    }

    private MockHttpServletResponse call(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
