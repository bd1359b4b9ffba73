package nl.huisverbod.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the REST API, logged in with HTTP Basic as one of the demo users. */
public final class Api {

    public static final String PASSWORD = "huisverbod-demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The secret of the demo partner systems (DemoSystems). */
    public static final String SYSTEM_SECRET = "huisverbod-demo-systeem";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String bearer;

    public Api(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    private Api(String base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /**
     * The same API called as a partner's system: a token from the embedded authorisation server with the
     * system's client credentials, sent as a bearer token on every call (the {@code user} argument is ignored).
     */
    public Api asSystem(String clientId) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + SYSTEM_SECRET).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError("no token for " + clientId + ": " + r.statusCode() + " " + r.body());
            }
            return new Api(base, JSON.readTree(r.body()).path("access_token").asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with extra request headers (e.g. traceparent). */
    public Response get(String user, String path, java.util.Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(user, request);
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers, byte[] bytes) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET that asks for one form of the resource ({@code Accept}). */
    public Response get(String user, String path, String accept) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    public Response post(String user, String path, Object body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public Response put(String user, String path, Object body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    /** A CSV file as the body, as the import endpoints take it. */
    public Response postCsv(String user, String path, String csv) {
        return postText(user, path, "text/csv", csv);
    }

    /** A text file of the given media type as the body (CSV, JSON Lines). */
    public Response postText(String user, String path, String contentType, String text) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    public Response delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** A multipart/form-data upload with text fields and one file part named {@code bestand}. */
    public Response upload(String user, String path, java.util.Map<String, String> fields, String filename, byte[] file) {
        String boundary = "----huisverbod" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** A small real PDF, as a police report would arrive. */
    public static byte[] samplePdf(String text) {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    /** A GET with another password than the demo one (a guess). */
    public Response getWithPassword(String user, String password, String path) {
        return send(user, password, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private Response send(String user, HttpRequest.Builder request) {
        return send(user, PASSWORD, request);
    }

    private Response send(String user, String password, HttpRequest.Builder request) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        } else if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        request.header("Accept", "application/json, application/problem+json, application/pdf");
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.headers(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
