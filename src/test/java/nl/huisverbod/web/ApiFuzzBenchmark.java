package nl.huisverbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bounded fuzz run against the published OpenAPI: for every operation, requests generated from its own
 * schema (path and query parameters, JSON bodies) and then broken the ways an attacker or a careless partner
 * system breaks them (wrong types, missing and extra fields, nulls, huge and control-character strings,
 * unknown codes, malformed JSON, foreign and random ids), sent by users of several roles, several at once.
 * No answer may be a server error, and every refusal must be problem+json (except an address longer than the
 * 8 KB request line Tomcat takes, refused before any application is chosen to answer). Seeded, so a failure
 * replays:
 * {@code ./mvnw test -Pbenchmark -Dtest=ApiFuzzBenchmark -Dfuzz.seed=... -Dfuzz.perOperation=...}.
 */
@Tag("benchmark")
@IntegrationTest
class ApiFuzzBenchmark extends ApiTestSupport {

    private static final List<String> USERS = List.of("hovj", "vt.drenthe", "jurist.assen", "burgemeester.assen", "amw",
            "om.noord", "onderzoeker", "beheerder");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private JsonNode components;
    private String caseId;
    private String otherCaseId;

    @Test
    void no_generated_or_broken_request_to_any_operation_gets_a_server_error() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261202L);
        int perOperation = Integer.getInteger("fuzz.perOperation", 12);
        caseId = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + caseId + "/besluit", cases.impose("Mishandeling.")));
        otherCaseId = cases.register("hovj.amsterdam", "GM0363");
        JsonNode openapi = api.get("hovj", "/api/v1/openapi.json").json();
        components = openapi.path("components").path("schemas");
        String base = openapi.path("servers").get(0).path("url").asString();

        List<Call> calls = new ArrayList<>();
        Random random = new Random(seed);
        for (String path : openapi.path("paths").propertyNames()) {
            JsonNode item = openapi.path("paths").path(path);
            for (String method : item.propertyNames()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                for (int i = 0; i < perOperation; i++) {
                    calls.add(generate(method.toUpperCase(), base + path, item.path(method), random, i));
                }
            }
        }

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> notProblems = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (Call call : calls) {
            pool.submit(() -> {
                HttpResponse<String> r = send(call);
                statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (r.statusCode() >= 500) {
                    serverErrors.add(r.statusCode() + " " + call + " -> " + r.body());
                } else if (r.statusCode() >= 400 && call.path.length() < 8_000 && !r.headers()
                        .firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    notProblems.add(r.statusCode() + " " + call.method + " " + call.path + " -> "
                            + r.headers().firstValue("Content-Type").orElse("no type"));
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        System.out.printf("API fuzz run (seed %d): %d requests to %d operations in %d s, by status %s%n", seed,
                calls.size(), calls.size() / perOperation, seconds, new TreeMap<>(statuses));
        serverErrors.stream().limit(20).forEach(e -> System.out.println("  SERVER ERROR " + e));
        notProblems.stream().distinct().limit(20).forEach(e -> System.out.println("  not problem+json: " + e));
        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(notProblems).as("refusals that are not problem+json").isEmpty();
    }

    private record Call(String method, String path, String user, String contentType, String body) {
        @Override
        public String toString() {
            return user + " " + method + " " + path + (body == null ? "" : " " + (body.length() > 300
                    ? body.substring(0, 300) + "..." : body));
        }
    }

    private Call generate(String method, String template, JsonNode op, Random random, int round) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asString();
            String value = round == 0 ? valid(p.path("schema"), name, random) : hostileOrValid(p.path("schema"), name, random);
            if (p.path("in").asString().equals("path")) {
                path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            } else if (p.path("in").asString().equals("query") && (round == 0 || random.nextInt(3) > 0)) {
                query.append(query.isEmpty() ? "?" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        String user = USERS.get(random.nextInt(USERS.size()));
        JsonNode content = op.path("requestBody").path("content");
        String contentType = null;
        String body = null;
        if (content.has("application/json")) {
            contentType = "application/json";
            JsonNode generated = value(content.path("application/json").path("schema"), random, 0, round == 0);
            body = round > 0 && random.nextInt(8) == 0 ? malformed(generated.toString(), random) : generated.toString();
        } else if (content.propertyNames().iterator().hasNext()) {
            contentType = content.propertyNames().iterator().next();
            body = random.nextBoolean() ? "" : "kolom1;kolom2\n\u0000;" + "x".repeat(random.nextInt(5000));
        }
        return new Call(method, path + query, user, contentType, body);
    }

    /** A value that fits the parameter (a real case id where a case is meant). */
    private String valid(JsonNode schema, String name, Random random) {
        if ("uuid".equals(schema.path("format").asString())) {
            return name.equals("id") ? (random.nextInt(4) == 0 ? otherCaseId : caseId) : java.util.UUID.randomUUID().toString();
        }
        return scalar(schema, random, true).asString();
    }

    private String hostileOrValid(JsonNode schema, String name, Random random) {
        return random.nextInt(3) == 0 ? valid(schema, name, random) : hostileString(random);
    }

    private static final String[] HOSTILE = {"", " ", "-1", "0", "99999999999999999999", "1e309", "null", "true",
            "%00", "a\u0000b", "../../etc/passwd", "' or '1'='1", "<script>alert(1)</script>", "=HYPERLINK(\"x\")",
            "\u202e\u0627\ud83d\ude00", "GM9999", "2026-02-30", "2026-13-01T25:61:00Z", "NaN", "[]", "{}",
            "00000000-0000-0000-0000-000000000000", "a".repeat(300), "ü".repeat(5000)};

    private static String hostileString(Random random) {
        return HOSTILE[random.nextInt(HOSTILE.length)];
    }

    /** A JSON value from the schema; {@code valid} false: broken at random places. */
    private JsonNode value(JsonNode schema, Random random, int depth, boolean valid) {
        JsonNode s = resolve(schema);
        if (!valid && random.nextInt(6) == 0) {
            return hostileNode(random);
        }
        if (s.has("allOf")) {
            return value(s.path("allOf").get(0), random, depth, valid);
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            JsonNode options = s.has("oneOf") ? s.path("oneOf") : s.path("anyOf");
            return value(options.get(random.nextInt(options.size())), random, depth, valid);
        }
        String type = s.path("type").asString();
        if (type.equals("object") || s.has("properties")) {
            ObjectNode o = NODES.objectNode();
            if (depth > 4) {
                return o;
            }
            for (Iterator<String> it = s.path("properties").propertyNames().iterator(); it.hasNext(); ) {
                String name = it.next();
                if (!valid && random.nextInt(5) == 0) {
                    continue; // a missing field
                }
                o.set(name, value(s.path("properties").path(name), random, depth + 1, valid));
            }
            if (!valid && random.nextInt(4) == 0) {
                o.put("onbekendVeld" + random.nextInt(10), hostileString(random));
            }
            return o;
        }
        if (type.equals("array")) {
            ArrayNode a = NODES.arrayNode();
            int n = valid ? 1 + random.nextInt(2) : random.nextInt(4) == 0 ? 200 : random.nextInt(4);
            for (int i = 0; i < n && depth < 5; i++) {
                a.add(value(s.path("items"), random, depth + 1, valid));
            }
            return a;
        }
        return scalar(s, random, valid);
    }

    private JsonNode scalar(JsonNode s, Random random, boolean valid) {
        JsonNode e = s.path("enum");
        if (e.isArray() && !e.isEmpty()) {
            return valid || random.nextBoolean() ? e.get(random.nextInt(e.size())) : NODES.stringNode("ONBEKEND");
        }
        String format = s.path("format").asString();
        return switch (s.path("type").asString()) {
            case "integer" -> NODES.numberNode(valid ? random.nextInt(10) : random.nextInt(3) == 0 ? Integer.MIN_VALUE
                    : random.nextInt(3) == 0 ? Long.MAX_VALUE : -random.nextInt(1000));
            case "number" -> NODES.numberNode(valid ? random.nextDouble() * 10 : random.nextBoolean() ? 1e308 : -1.5);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> switch (format) {
                case "uuid" -> NODES.stringNode(random.nextInt(3) == 0 ? caseId : java.util.UUID.randomUUID().toString());
                case "date" -> NODES.stringNode(valid ? "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9)
                        : hostileString(random));
                case "date-time" -> NODES.stringNode(valid ? java.time.Instant.now().minusSeconds(random.nextInt(86_400))
                        .toString() : hostileString(random));
                default -> NODES.stringNode(valid ? "Tekst " + random.nextInt(1000) : hostileString(random));
            };
        };
    }

    private JsonNode hostileNode(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.arrayNode().add("x");
            case 4 -> NODES.objectNode().put("a", "b");
            default -> NODES.stringNode(hostileString(random));
        };
    }

    private static String malformed(String json, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> json.substring(0, Math.max(0, json.length() / 2));
            case 1 -> json.replaceFirst(":", "::");
            case 2 -> "[" + json;
            default -> "{\"a\":\"\\u0000\",\"b\":" + "[".repeat(2000);
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString();
        return ref.isEmpty() ? schema : components.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private HttpResponse<String> send(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call.path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((call.user + ":" + Api.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        HttpRequest.BodyPublisher body = call.body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body);
        if (call.contentType != null) {
            b.header("Content-Type", call.contentType);
        }
        try {
            return http.send(b.method(call.method, body).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(call.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(Api.Response r) {
        assertThat(r.status()).as(r.body()).isLessThan(300);
    }
}
