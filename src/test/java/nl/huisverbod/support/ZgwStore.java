package nl.huisverbod.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A municipality's ZGW store for the contract tests: for each of the Zaken, Besluiten and Documenten APIs a
 * Prism proxy (from npm, {@code --errors}) that validates every request against the published specification
 * ({@code src/test/resources/zgw/}) and refuses an invalid one with the specification's 400, in front of a small
 * store on 127.0.0.1 that keeps what it is sent and answers as a ZGW API does (the object with its {@code url},
 * {@code uuid} and the read-only fields the specification requires; Prism checks those answers too). What
 * reaches the store passed the specification; what Prism refused is seen by the client as a failure.
 *
 * <p>Prism is given a copy of each specification that differs in one respect: a schema with
 * {@code nullable: true} but no {@code type} (drf-spectacular writes them, e.g. {@code zaakgeometrie},
 * {@code archiefnominatie}) becomes {@code anyOf: [the schema, null]}. Prism's validator cannot compile the
 * former and then lets every body of that operation pass unchecked (found here: a zaak without zaaktype and with
 * "startdatum": "gisteren" was accepted); the latter means the same and is checked.
 */
public final class ZgwStore implements AutoCloseable {

    /** One request the store took, after Prism let it through. */
    public record Call(String api, String method, String resource, JsonNode body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SPECS = Map.of("zaken", "zaken-api-1.5.1.yaml",
            "besluiten", "besluiten-api-1.0.2.yaml", "documenten", "documenten-api-1.4.3.yaml");
    private final HttpServer store;
    private final Map<String, Process> prisms = new ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> objects = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> specs = new ConcurrentHashMap<>();

    private ZgwStore() throws IOException {
        store = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        store.createContext("/", this::handle);
        store.start();
        Path prism = Path.of("frontend/node_modules/.bin/prism").toAbsolutePath();
        if (!Files.isExecutable(prism)) {
            throw new IllegalStateException("Prism is installed by the build (npm ci in frontend/): " + prism);
        }
        for (var api : SPECS.entrySet()) {
            int port = freePort();
            Map<String, Object> document = new org.yaml.snakeyaml.Yaml().load(
                    Files.readString(Path.of("src/test/resources/zgw", api.getValue())));
            @SuppressWarnings("unchecked")
            Map<String, Object> checkable = (Map<String, Object>) nullableWithoutType(document);
            specs.put(api.getKey(), checkable);
            Path spec = Files.createTempFile("zgw-" + api.getKey(), ".json");
            Files.write(spec, JSON.writeValueAsBytes(checkable));
            Path log = Files.createTempFile("prism-" + api.getKey(), ".log");
            Process p = new ProcessBuilder(prism.toString(), "proxy", spec.toString(),
                    "http://127.0.0.1:" + store.getAddress().getPort() + "/" + api.getKey(),
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--errors")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            prisms.put(api.getKey(), p);
            ports.put(api.getKey(), port);
        }
        for (var api : ports.entrySet()) {
            awaitListening(api.getKey(), api.getValue());
        }
    }

    public static ZgwStore start() {
        try {
            return new ZgwStore();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root of one API as a client is configured with, e.g. {@code http://127.0.0.1:4010/}. */
    public String root(String api) {
        return "http://127.0.0.1:" + ports.get(api) + "/";
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** Forgets the calls made so far (the objects stay): a test counts only its own. */
    public void forgetCalls() {
        calls.clear();
    }

    public List<Call> calls(String api, String method, String resource) {
        return calls.stream().filter(c -> c.api().equals(api) && c.method().equals(method) && c.resource().equals(resource))
                .toList();
    }

    /** The object the store holds at {@code url}, as it stands after every PATCH. */
    public JsonNode object(String url) {
        return objects.get(url);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().replaceAll("^/+", "").split("/");
            String api = path[0];
            String resource = path.length > 1 ? path[1] : "";
            String method = exchange.getRequestMethod();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            calls.add(new Call(api, method, resource, body, Map.copyOf(exchange.getRequestHeaders())));
            ObjectNode answer;
            int status;
            if (method.equals("POST") && path.length == 2) {
                String uuid = UUID.randomUUID().toString();
                String url = root(api) + resource + "/" + uuid;
                answer = ((ObjectNode) body).deepCopy();
                answer.put("url", url);
                answer.put("uuid", uuid);
                if (answer.has("inhoud")) {
                    answer.put("inhoud", url + "/download");
                }
                complete(api, resource, answer);
                objects.put(url, answer);
                status = 201;
            } else if (method.equals("PATCH") && path.length == 3) {
                String url = root(api) + resource + "/" + path[2];
                answer = objects.get(url);
                if (answer == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                body.properties().forEach(e -> answer.set(e.getKey(), e.getValue()));
                status = 200;
            } else {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] out = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("API-version", "1.0.0");
            if (api.equals("zaken")) {
                exchange.getResponseHeaders().add("Content-Crs", "EPSG:4326");
            }
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
        }
    }

    /** Fills the fields the specification requires in a 201 answer that the request does not give (read-only ones). */
    @SuppressWarnings("unchecked")
    private void complete(String api, String resource, ObjectNode answer) {
        Map<String, Object> spec = specs.get(api);
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) paths.get("/" + resource)).get("post");
        Map<String, Object> created = (Map<String, Object>) ((Map<String, Object>) post.get("responses")).get("201");
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) created.get("content")).get("application/json");
        Map<String, Object> schema = resolve(spec, (Map<String, Object>) content.get("schema"));
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Object name : (List<Object>) schema.getOrDefault("required", List.of())) {
            if (answer.has((String) name)) {
                continue;
            }
            Map<String, Object> property = resolve(spec, (Map<String, Object>) properties.get(name));
            Object type = property.get("type");
            if ("array".equals(type)) {
                answer.putArray((String) name);
            } else if (Boolean.TRUE.equals(property.get("nullable")) || property.containsKey("anyOf")) {
                answer.putNull((String) name);
            } else if (property.get("enum") instanceof List<?> values && !values.isEmpty()) {
                answer.put((String) name, String.valueOf(values.get(0)));
            } else if ("boolean".equals(type)) {
                answer.put((String) name, false);
            } else if ("integer".equals(type)) {
                answer.put((String) name, 0);
            } else if ("uri".equals(property.get("format"))) {
                answer.put((String) name, answer.path("url").asString() + "/" + name);
            } else if ("date-time".equals(property.get("format"))) {
                answer.put((String) name, Instant.now().toString());
            } else if ("date".equals(property.get("format"))) {
                answer.put((String) name, java.time.LocalDate.now().toString());
            } else {
                answer.put((String) name, "");
            }
        }
    }

    /** A schema with its {@code $ref} followed and an {@code allOf} of one merged in. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> spec, Map<String, Object> schema) {
        if (schema == null) {
            return Map.of();
        }
        if (schema.get("$ref") instanceof String ref) {
            Object node = spec;
            for (String part : ref.substring(2).split("/")) {
                node = ((Map<String, Object>) node).get(part);
            }
            return resolve(spec, (Map<String, Object>) node);
        }
        if (schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            Map<String, Object> merged = new java.util.LinkedHashMap<>(resolve(spec, (Map<String, Object>) all.get(0)));
            schema.forEach((k, v) -> {
                if (!k.equals("allOf")) {
                    merged.put(k, v);
                }
            });
            return merged;
        }
        return schema;
    }

    /** {@code nullable: true} without {@code type} becomes {@code anyOf: [the schema, null]} (see above). */
    @SuppressWarnings("unchecked")
    private static Object nullableWithoutType(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, nullableWithoutType(v)));
            if (Boolean.TRUE.equals(copy.get("nullable")) && !copy.containsKey("type")) {
                copy.remove("nullable");
                Map<String, Object> nullOnly = new java.util.LinkedHashMap<>();
                nullOnly.put("enum", java.util.Collections.singletonList(null));
                return Map.of("anyOf", List.of(copy, nullOnly));
            }
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ZgwStore::nullableWithoutType).toList();
        }
        return node;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitListening(String api, int port) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (!prisms.get(api).isAlive()) {
                throw new IllegalStateException("Prism for the " + api + " API stopped");
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ie);
                }
            }
        }
        throw new IllegalStateException("Prism for the " + api + " API did not start within 60 s");
    }

    @Override
    public void close() {
        prisms.values().forEach(p -> {
            p.destroy();
            try {
                if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        store.stop(0);
    }
}
