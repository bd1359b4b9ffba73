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
        guard = new OverloadGuard(new Messages(source), JsonMapper.builder().build(), 1, Duration.ofMillis(100),
                Duration.ofSeconds(5));
    }

    @Test
    void a_request_beyond_capacity_gets_a_fast_503_with_retry_after_and_the_next_one_after_the_peak_gets_through()
            throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
            try {
                guard.doFilter(new MockHttpServletRequest("GET", "/api/v1/dossiers"), new MockHttpServletResponse(),
                        (req, res) -> {
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

    private MockHttpServletResponse call(String path) throws Exception {
        var response = new MockHttpServletResponse();
        guard.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }
}
