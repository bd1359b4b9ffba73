package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test: generates the national data set ({@link NationalDataSet}), imports it and
 * times every dashboard and statistics call over HTTP, 20 times each after one warm-up. Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=FiguresBenchmark}; results go to target/benchmarks/figures.md and are
 * recorded in docs/benchmarks.md. Asserts only that the data went in, nothing about time.
 */
@Tag("benchmark")
@IntegrationTest
class FiguresBenchmark {

    static final int RUNS = 20;

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

    final List<String> report = new ArrayList<>();

    @Test
    void national_data_set() throws Exception {
        NationalDataSet.load(zaakImport, politieTellingen, runAs, jdbc, report, true);

        Map<String, String> api = new LinkedHashMap<>();
        String tienJaar = "van=2015-01-01&tot=2025-01-01";
        api.put("aantallen LAND/JAAR 10 y", "/api/v1/cijfers/aantallen?niveau=LAND&periode=JAAR&" + tienJaar);
        api.put("aantallen LAND/MAAND 10 y", "/api/v1/cijfers/aantallen?niveau=LAND&periode=MAAND&" + tienJaar);
        api.put("aantallen GEMEENTE/JAAR 10 y (3,400 rows)", "/api/v1/cijfers/aantallen?niveau=GEMEENTE&periode=JAAR&" + tienJaar);
        api.put("aantallen GEMEENTE/MAAND 1 y (4,100 rows)", "/api/v1/cijfers/aantallen?niveau=GEMEENTE&periode=MAAND"
                + "&van=2024-01-01&tot=2025-01-01");
        api.put("cohort VT_REGIO/KWARTAAL 10 y", "/api/v1/cijfers/cohort?niveau=VT_REGIO&periode=KWARTAAL&" + tienJaar);
        api.put("per-inwoners GEMEENTE/JAAR 10 y", "/api/v1/cijfers/per-inwoners?niveau=GEMEENTE&periode=JAAR&" + tienJaar);
        api.put("per-politieregistratie POLITIE_EENHEID/JAAR 10 y",
                "/api/v1/cijfers/per-politieregistratie?niveau=POLITIE_EENHEID&periode=JAAR&" + tienJaar);
        api.put("tijdigheid VEILIGHEIDSREGIO/JAAR 10 y", "/api/v1/cijfers/tijdigheid?niveau=VEILIGHEIDSREGIO&periode=JAAR&"
                + tienJaar);
        api.put("eerste-contact LAND/MAAND 10 y", "/api/v1/cijfers/eerste-contact?niveau=LAND&periode=MAAND&" + tienJaar);
        api.put("trechter VT_REGIO/JAAR 10 y", "/api/v1/cijfers/trechter?niveau=VT_REGIO&periode=JAAR&" + tienJaar);
        api.put("recidive VT_REGIO/JAAR 10 y, all sources 24 m", "/api/v1/cijfers/recidive?niveau=VT_REGIO&periode=JAAR"
                + "&venster=24&bronnen=ALLE&" + tienJaar);
        api.put("uitkomsten LAND/JAAR 10 y", "/api/v1/cijfers/uitkomsten?niveau=LAND&periode=JAAR&" + tienJaar);
        api.put("evaluatie 10 y", "/api/v1/evaluatie?" + tienJaar);
        api.put("bronvergelijking 1 y, all municipalities", "/api/v1/bronvergelijking?van=2024-01-01&tot=2025-01-01");
        api.put("datakwaliteit 10 y", "/api/v1/datakwaliteit?" + tienJaar);
        api.put("CSV aantallen GEMEENTE/JAAR 10 y", "/api/v1/cijfers/aantallen.csv?niveau=GEMEENTE&periode=JAAR&" + tienJaar);
        api.put("XLSX aantallen GEMEENTE/JAAR 10 y", "/api/v1/cijfers/aantallen.xlsx?niveau=GEMEENTE&periode=JAAR&" + tienJaar);
        Api client = new Api(port);
        report.add("");
        report.add("| REST call (Basic authentication on every call) | median | p95 | max |");
        report.add("|---|---|---|---|");
        api.forEach((naam, url) -> time(naam, () -> client.get("onderzoeker", url).status()));

        Map<String, WebSession> sessies = Map.of("burgemeester.assen", new WebSession(port, "burgemeester.assen"),
                "vt.drenthe", new WebSession(port, "vt.drenthe"), "onderzoeker", new WebSession(port, "onderzoeker"));
        report.add("");
        report.add("| dashboard page (logged-in session) | median | p95 | max |");
        report.add("|---|---|---|---|");
        time("gemeente Assen, 2 years by month", () -> sessies.get("burgemeester.assen")
                .get("/cijfers/gemeente?van=2023-01-01&tot=2025-01-01&periode=MAAND").statusCode());
        time("regio VT Drenthe, 2 years by month", () -> sessies.get("vt.drenthe")
                .get("/cijfers/regio?van=2023-01-01&tot=2025-01-01&periode=MAAND&regioNiveau=VT_REGIO&regio=Drenthe")
                .statusCode());
        time("land, 10 years by year", () -> sessies.get("onderzoeker").get("/cijfers/land?" + tienJaar).statusCode());
        time("onderzoek, 10 years", () -> sessies.get("onderzoeker").get("/cijfers/onderzoek?" + tienJaar).statusCode());
        time("bronnen naast elkaar, 1 year", () -> sessies.get("onderzoeker")
                .get("/cijfers/bronnen?van=2024-01-01&tot=2025-01-01").statusCode());
        time("datakwaliteit, 10 years", () -> sessies.get("onderzoeker").get("/cijfers/kwaliteit?" + tienJaar).statusCode());

        openData(client);

        long t0 = System.nanoTime();
        var zip = client.get("onderzoeker", "/api/v1/onderzoeksextract?" + tienJaar);
        report.add("");
        report.add("research extract, 10 years: " + ms(t0) + " ms, " + zip.bytes().length / 1024 + " KiB, HTTP " + zip.status());

        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.write(out.resolve("figures.md"), report);
        report.forEach(System.out::println);
    }

    /**
     * The open data (issue 13, finding 7): publishing a version over every complete year, then reading it
     * without an account, one caller after another and 50 at once.
     */
    private void openData(Api client) throws InterruptedException {
        report.add("");
        long t0 = System.nanoTime();
        var first = client.post("beheerder", "/api/v1/open-data/versies", Map.of());
        report.add("open data: publishing a version (6 tables x 4 levels, every complete year): " + ms(t0) + " ms, HTTP "
                + first.status() + ", " + first.json().path("observaties").asInt() + " observations");
        t0 = System.nanoTime();
        var again = client.post("beheerder", "/api/v1/open-data/versies", Map.of());
        report.add("open data: the same again (numbers unchanged, nothing written): " + ms(t0) + " ms, HTTP " + again.status());
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("tables with measures and areas", "/api/v1/open-data/tabellen");
        reads.put("observations aantallen VT_REGIO, all years (JSON)", "/api/v1/open-data/tabellen/aantallen/observaties"
                + "?gebiedsniveau=VT_REGIO&pageSize=1000");
        reads.put("observations cohort 2024, all levels (JSON)", "/api/v1/open-data/tabellen/cohort/observaties?jaar=2024"
                + "&pageSize=1000");
        reads.put("CSV file aantallen (every level and year)", "/open-data/v" + first.json().path("versie").asInt()
                + "/aantallen.csv");
        reads.put("CSV file cohort (every level and year)", "/open-data/v" + first.json().path("versie").asInt()
                + "/cohort.csv");
        reads.put("CSV file eerste-contact (by role, every level and year)", "/open-data/v"
                + first.json().path("versie").asInt() + "/eerste-contact.csv");
        reads.put("DCAT catalogue", "/api/v1/open-data/catalogus");
        report.add("");
        report.add("| open data read (no account) | median | p95 | max |");
        report.add("|---|---|---|---|");
        reads.forEach((naam, url) -> time(naam, () -> client.get(null, url).status()));
        // 50 readers at once, each reading every address 10 times
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        var readers = java.util.concurrent.Executors.newFixedThreadPool(50);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int r = 0; r < 50; r++) {
            done.add(readers.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    for (String url : reads.values()) {
                        long s = System.nanoTime();
                        assertThat(client.get(null, url).status()).isEqualTo(200);
                        all.add(ms(s));
                    }
                }
            }));
        }
        for (var f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
        }
        readers.shutdown();
        long wall = ms(start);
        List<Long> sorted = new ArrayList<>(all);
        Collections.sort(sorted);
        report.add("| 50 readers at once, " + sorted.size() + " reads in " + wall + " ms (" + sorted.size() * 1000L / Math.max(1, wall)
                + " per s) | " + sorted.get(sorted.size() / 2) + " ms | " + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)
                + " ms | " + sorted.get(sorted.size() - 1) + " ms |");
    }

    private void time(String naam, Supplier<Integer> call) {
        assertThat(call.get()).as(naam).isEqualTo(200);
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            int status = call.get();
            t.add(ms(t0));
            assertThat(status).isEqualTo(200);
        }
        Collections.sort(t);
        report.add("| " + naam + " | " + t.get(RUNS / 2) + " ms | " + t.get((int) Math.ceil(RUNS * 0.95) - 1) + " ms | "
                + t.get(RUNS - 1) + " ms |");
    }

    private static long ms(long t0) {
        return NationalDataSet.ms(t0);
    }
}
