package nl.huisverbod.zgw;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.huisverbod.shared.TraceContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a municipality's ZGW APIs: JSON bodies, a fresh ZGW JWT per request, the CRS headers the Zaken API
 * requires, {@code X-Audit-Toelichting} with what the call is for, and the trace it belongs to. No redirects are
 * followed. An answer that is not 2xx is thrown as a {@link Refused} with the status and what the store said.
 */
@Component
class ZgwClient {

    private static final int MAX_ERROR = 300;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json;
    private final Clock clock;

    ZgwClient(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** A store's answer that was not 2xx, or no answer at all ({@code status} null). */
    static final class Refused extends RuntimeException {
        private final Integer status;

        Refused(Integer status, String message) {
            super(message);
            this.status = status;
        }

        Integer status() {
            return status;
        }
    }

    /** Who calls and why: the link's client and secret, the account it acts for, the audit reason. */
    record Caller(String clientId, byte[] secret, String userId, String userRepresentation, String traceId) {
    }

    /** Which of the ZGW APIs is called: the Zaken API has headers of its own. */
    enum Api { ZAKEN, BESLUITEN, DOCUMENTEN }

    JsonNode post(Caller caller, Api api, String url, Map<String, Object> body, String why) {
        return send(caller, api, "POST", url, body, why);
    }

    JsonNode patch(Caller caller, Api api, String url, Map<String, Object> body, String why) {
        return send(caller, api, "PATCH", url, body, why);
    }

    private JsonNode send(Caller caller, Api api, String method, String url, Map<String, Object> body, String why) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + ZgwJwt.of(caller.clientId(), caller.secret(), clock.instant(),
                        caller.userId(), caller.userRepresentation()))
                .header("X-Audit-Toelichting", why)
                .header("traceparent", TraceContext.inTrace(caller.traceId()).header())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (api == Api.ZAKEN) {
            // the Zaken API asks every write to say in which coordinate system a geometry would be
            request.header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326");
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Refused(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(null, "interrupted");
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            String said = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            throw new Refused(response.statusCode(), method + " " + url + ": "
                    + (said.length() > MAX_ERROR ? said.substring(0, MAX_ERROR) : said));
        }
        return json.readTree(response.body());
    }
}
