package nl.huisverbod.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BAG address lookup against a real HTTP server answering as the published BAG API v2 specifies
 * (src/test/resources/bag, with its README), on the path the Kadaster serves it under.
 */
class BagAddressLookupTest {

    private static final String ROOT = "/lvbag/individuelebevragingen/v2";
    private static final String KEY = "test-key-7f3a";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final List<String> traceparents = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T02:30:00Z"));
    private volatile int status = 200;
    private volatile long delayMillis = 0;

    @BeforeEach
    void startBag() throws IOException {
        answers.put("/adressen?postcode=6922KZ&huisnummer=1", "adressen-6922KZ-1.json");
        answers.put("/adressen?postcode=1261AB&huisnummer=7", "adressen-1261AB-7.json");
        answers.put("/adressen?postcode=9401AB&huisnummer=999", "adressen-leeg.json");
        answers.put("/woonplaatsen/2096?expand=bronhouders", "woonplaats-2096.json");
        answers.put("/woonplaatsen/9001?expand=bronhouders", "woonplaats-9001.json");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(ROOT, this::answer);
        server.start();
    }

    @AfterEach
    void stopBag() {
        server.stop(0);
    }

    @Test
    void the_municipality_of_an_address_comes_from_its_woonplaats_in_the_bag() {
        AddressMatch match = lookup().municipalityOf("6922 KZ", "1");

        assertThat(match.gemeenteCodes()).containsExactly("GM0226");
        assertThat(match.source()).isEqualTo(BagAddressLookup.SOURCE);
        assertThat(requests).containsExactly("/adressen?postcode=6922KZ&huisnummer=1",
                "/woonplaatsen/2096?expand=bronhouders");
        assertThat(keys).containsOnly(KEY);
    }

    @Test
    void a_question_to_the_bag_carries_the_trace_of_the_request_that_asked_it() {
        var request = nl.huisverbod.shared.TraceContext.start();
        try (var scope = request.activate()) {
            lookup().municipalityOf("6922 KZ", "1");
        }
        assertThat(traceparents).hasSize(2).allSatisfy(t -> assertThat(t)
                .matches("00-" + request.traceId() + "-[0-9a-f]{16}-01").doesNotContain(request.spanId()));
    }

    @Test
    void a_postcode_on_a_municipal_border_is_settled_by_the_house_number_without_asking_the_user() {
        assertThat(new Pc4AddressLookup().municipalityOf("1261 AB", "7").gemeenteCodes())
                .containsExactly("GM0376", "GM0417");

        AddressMatch match = lookup().municipalityOf("1261 AB", "7");

        assertThat(match.isDetermined()).isTrue();
        assertThat(match.gemeenteCodes()).containsExactly("GM0376");
    }

    @Test
    void a_house_number_with_a_letter_or_addition_is_asked_by_its_number() {
        assertThat(lookup().municipalityOf("6922 KZ", "1 A-bis").gemeenteCodes()).containsExactly("GM0226");
        assertThat(requests.get(0)).isEqualTo("/adressen?postcode=6922KZ&huisnummer=1");
    }

    @Test
    void a_woonplaats_is_asked_once_a_day() {
        BagAddressLookup lookup = lookup();
        lookup.municipalityOf("6922 KZ", "1");
        lookup.municipalityOf("6922 KZ", "1");
        assertThat(requests).filteredOn(r -> r.startsWith("/woonplaatsen")).hasSize(1);

        now.set(now.get().plus(Duration.ofHours(25)));
        lookup.municipalityOf("6922 KZ", "1");
        assertThat(requests).filteredOn(r -> r.startsWith("/woonplaatsen")).hasSize(2);
    }

    @Test
    void an_address_the_bag_does_not_know_is_answered_by_the_postcode_table() {
        AddressMatch match = lookup().municipalityOf("9401 AB", "999");

        assertThat(match.gemeenteCodes()).containsExactly("GM0106");
        assertThat(match.source()).isEqualTo(BagAddressLookup.FALLBACK_UNKNOWN);
    }

    @Test
    void a_bag_that_is_down_does_not_stop_the_registration() {
        status = 503;

        AddressMatch match = lookup().municipalityOf("9401 AB", "1");

        assertThat(match.gemeenteCodes()).containsExactly("GM0106");
        assertThat(match.source()).isEqualTo(BagAddressLookup.FALLBACK_UNAVAILABLE);
    }

    @Test
    void a_bag_that_does_not_answer_in_time_does_not_stop_the_registration() {
        delayMillis = 2_000;

        long start = System.nanoTime();
        AddressMatch match = lookup().municipalityOf("6922 KZ", "1");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_800));
        assertThat(match.gemeenteCodes()).containsExactly("GM0226");
        assertThat(match.source()).isEqualTo(BagAddressLookup.FALLBACK_UNAVAILABLE);
    }

    @Test
    void a_refused_api_key_falls_back_on_the_postcode_table() {
        status = 401;

        assertThat(lookup().municipalityOf("6922 KZ", "1").source()).isEqualTo(BagAddressLookup.FALLBACK_UNAVAILABLE);
    }

    @Test
    void the_bag_lookup_does_not_start_without_its_api_key() {
        assertThatThrownBy(() -> new AddressLookupConfiguration().bagAddressLookup(
                URI.create("http://127.0.0.1:1" + ROOT), " ", Duration.ofSeconds(1), Duration.ofHours(24)))
                .hasMessageContaining("HUISVERBOD_BAG_API_KEY");
    }

    private BagAddressLookup lookup() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ROOT);
        return new BagAddressLookup(new BagClient(base, KEY, Duration.ofMillis(500)), new Pc4AddressLookup(),
                Duration.ofHours(24), now::get);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring(ROOT.length());
        String query = exchange.getRequestURI().getRawQuery();
        String request = path + (query == null ? "" : "?" + query);
        requests.add(request);
        keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
        traceparents.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String file = status == 200 ? answers.get(request) : "probleem-503.json";
        int code = file == null ? 404 : status;
        byte[] body = file == null ? new byte[0] : read(file);
        exchange.getResponseHeaders().set("Content-Type", code == 200 ? "application/hal+json" : "application/problem+json");
        exchange.getResponseHeaders().set("API-Version", "2.0.0");
        exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = BagAddressLookupTest.class.getResourceAsStream("/bag/" + file)) {
            return in.readAllBytes();
        }
    }
}
