package nl.huisverbod.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of authenticating a trivial API call ({@code GET /api/v1/taken}, the organisation's open tasks: one small query): with a bearer token
 * (validated locally, no password hash) against HTTP Basic (a BCrypt check per call), by one caller and by 16
 * at once. Prints the figures recorded in docs/benchmarks.md; asserts nothing about time.
 */
@Tag("benchmark")
@IntegrationTest
class ApiAuthenticationBenchmark {

    private static final int CALLS = 1_000;
    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_trivial_call_with_a_token_against_one_with_basic() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("hovj:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer " + token();
        for (int threads : new int[] {1, 16}) {
            for (String[] auth : new String[][] {{"bearer token", bearer}, {"HTTP Basic", basic}}) {
                run(auth[1], 500, threads); // warm up (JIT)
                List<Long> micros = run(auth[1], CALLS, threads);
                Collections.sort(micros);
                System.out.printf("AUTH %-12s %2d callers: %d calls, median %.1f ms, p95 %.1f ms, p99 %.1f ms%n", auth[0],
                        threads, micros.size(), micros.get(micros.size() / 2) / 1000.0,
                        micros.get((int) (micros.size() * 0.95)) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0);
            }
        }
    }

    private List<Long> run(String authorization, int calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> timings = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                timings.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/api/v1/taken"))
                            .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("status " + r.statusCode());
                    }
                    return (System.nanoTime() - start) / 1000;
                }));
            }
            List<Long> micros = new ArrayList<>();
            for (Future<Long> f : timings) {
                micros.add(f.get());
            }
            return micros;
        } finally {
            pool.shutdown();
        }
    }

    private String token() throws Exception {
        String client = Base64.getEncoder().encodeToString("systeem.politie-noord-nederland:huisverbod-demo-systeem"
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + client).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder().build().readTree(r.body()).path("access_token").asString();
    }
}
