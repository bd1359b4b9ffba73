package nl.huisverbod.reference;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two calls of the Kadaster's BAG API Individuele Bevragingen v2 (specification: github.com/lvbag/BAG-API,
 * {@code adressen.yaml} and {@code woonplaatsen.yaml}) the address lookup needs, with the API key in
 * {@code X-Api-Key} and HAL JSON answers. Any answer other than 200 or 404, a timeout or a connection
 * failure is a {@link BagUnavailable}.
 */
class BagClient {

    private final URI base;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    BagClient(URI base, String apiKey, Duration timeout) {
        String root = base.toString();
        this.base = URI.create(root.endsWith("/") ? root : root + "/");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** {@code GET /adressen?postcode=&huisnummer=}: the woonplaatsen of the addresses at that number. */
    Set<String> woonplaatsenOf(String postcode, int huisnummer) {
        String query = "adressen?postcode=" + encode(postcode) + "&huisnummer=" + huisnummer;
        Set<String> woonplaatsen = new LinkedHashSet<>();
        get(query).ifPresent(body -> body.path("_embedded").path("adressen")
                .forEach(address -> text(address, "woonplaatsIdentificatie").ifPresent(woonplaatsen::add)));
        return woonplaatsen;
    }

    /** {@code GET /woonplaatsen/{id}?expand=bronhouders}: the municipality codes ("GM" + CBS table 33). */
    List<String> municipalitiesOf(String woonplaats) {
        List<String> codes = new ArrayList<>();
        get("woonplaatsen/" + encode(woonplaats) + "?expand=bronhouders").ifPresent(body -> body
                .path("_embedded").path("bronhouders")
                .forEach(holder -> text(holder, "code").ifPresent(code -> codes.add("GM" + code))));
        return codes;
    }

    private Optional<JsonNode> get(String relative) {
        // the request's trace goes along, as a child span (W3C Trace Context), so the Kadaster's log can be joined
        String traceparent = nl.huisverbod.shared.TraceContext.current().orElseGet(nl.huisverbod.shared.TraceContext::start)
                .child().header();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(relative)).timeout(timeout)
                .header("X-Api-Key", apiKey).header("Accept", "application/hal+json")
                .header("traceparent", traceparent).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new BagUnavailable("BAG answered " + response.statusCode() + " to " + relative.split("\\?")[0]);
            }
            return Optional.of(json.readTree(response.body()));
        } catch (IOException e) {
            throw new BagUnavailable("BAG unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BagUnavailable("interrupted while asking the BAG");
        } catch (tools.jackson.core.JacksonException e) {
            throw new BagUnavailable("BAG answer unreadable");
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? Optional.empty() : Optional.of(value.asString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The BAG could not answer; the lookup falls back on the postcode table. Carries no address. */
    static final class BagUnavailable extends RuntimeException {
        BagUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
