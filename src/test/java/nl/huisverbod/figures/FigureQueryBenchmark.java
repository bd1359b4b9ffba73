package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.identity.SystemClients;
import nl.huisverbod.identity.Users;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test (issue 10 #5): every figure call of the API, by a researcher's system with a bearer
 * token, against the hand-written SQL that computes the same numbers on the same database, in the same run.
 * Each pair runs alternately, 21 times after two warm-ups; the report prints the medians and the median of
 * the ratios of each call to the query run right after it (which cancels the machine's drift), and
 * checks that both give the same total of one column (where nothing in it is suppressed), so that a fast
 * query that counts something else cannot pass. Run with {@code ./mvnw test -Pbenchmark -Dtest=FigureQueryBenchmark};
 * the table goes to target/benchmarks/figure-queries.md and into docs/benchmarks.md.
 */
@Tag("benchmark")
@IntegrationTest
class FigureQueryBenchmark {

    static final int RUNS = 21;
    static final String CLIENT = "systeem.onderzoek-benchmark";
    static final String SECRET = "benchmark-geheim";

    @LocalServerPort
    int port;
    @Autowired
    ZaakImport zaakImport;
    @Autowired
    PolitieTellingen politieTellingen;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SystemClients systems;
    @Autowired
    Users users;
    @Autowired
    Organisations organisations;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final List<String> report = new ArrayList<>();

    /** One figure: its API address, the hand-written SQL and the column whose total both must give. */
    record Pair(String name, String path, String sql, String column) {
    }

    @Test
    void every_figure_call_against_its_hand_written_sql() throws Exception {
        NationalDataSet.load(zaakImport, politieTellingen, runAs, jdbc, report, false);
        var researcher = users.findByUsername("onderzoeker").orElseThrow();
        var organisation = organisations.find(researcher.organisationId()).orElseThrow();
        assertThat(organisation.type()).isEqualTo(OrganisationType.ONDERZOEK);
        if (!systems.exists(CLIENT)) {
            systems.register(CLIENT, "Onderzoekssysteem (benchmark)", SECRET, organisation, Role.ONDERZOEKER);
        }
        String bearer = "Bearer " + token();

        report.add("");
        report.add("| figure call (bearer token) | API median | SQL median | ratio (median of pairs) | same total |");
        report.add("|---|---|---|---|---|");
        String only = System.getProperty("figures.only", "");
        for (Pair p : HandWrittenFigures.ALL) {
            if (p.name().contains(only)) {
                time(p, bearer);
            }
        }
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.write(out.resolve("figure-queries.md"), report);
        report.forEach(System.out::println);
    }

    private void time(Pair p, String bearer) throws Exception {
        JsonNode table = json.readTree(get(p.path(), bearer));
        List<Map<String, Object>> rows = jdbc.sql(p.sql()).query().listOfRows();
        String same = compare(p, table, rows);
        List<Long> api = new ArrayList<>();
        List<Long> sql = new ArrayList<>();
        LongSupplier apiCall = () -> nanos(() -> get(p.path(), bearer));
        LongSupplier sqlCall = () -> nanos(() -> jdbc.sql(p.sql()).query().listOfRows());
        apiCall.getAsLong();
        sqlCall.getAsLong();
        List<Long> ratios = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long a = apiCall.getAsLong();
            long s = sqlCall.getAsLong();
            api.add(a);
            sql.add(s);
            ratios.add(a * 1000 / s);
        }
        report.add(String.format("| %s | %.1f ms | %.1f ms | %.2f | %s |", p.name(), middle(api) / 1e6,
                middle(sql) / 1e6, middle(ratios) / 1000.0, same));
    }

    /** The total of the column in the API's table against the same in the query's rows. */
    private static String compare(Pair p, JsonNode table, List<Map<String, Object>> rows) {
        int index = -1;
        for (int i = 0; i < table.path("kolommen").size(); i++) {
            if (table.path("kolommen").get(i).path("sleutel").asString().equals(p.column())) {
                index = i;
            }
        }
        assertThat(index).as(p.name() + ": column " + p.column()).isNotNegative();
        long apiTotal = 0;
        for (JsonNode row : table.path("rijen")) {
            JsonNode cel = row.path("cellen").get(index);
            if (cel.path("onderdrukt").asBoolean()) {
                return "– (suppressed cells)";
            }
            apiTotal += cel.path("aantal").asLong();
        }
        long sqlTotal = rows.stream().mapToLong(r -> r.get(p.column()) == null ? 0
                : ((Number) r.get(p.column())).longValue()).sum();
        assertThat(apiTotal).as(p.name() + ": total of " + p.column()).isEqualTo(sqlTotal);
        return "yes (" + p.column() + " " + apiTotal + ")";
    }

    private String get(String path, String bearer) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", bearer).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String token() throws Exception {
        String client = Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + client).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body()).path("access_token").asString();
    }

    private static long nanos(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    private static long middle(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
