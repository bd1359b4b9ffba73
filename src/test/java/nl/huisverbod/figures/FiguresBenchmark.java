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

        long t0 = System.nanoTime();
        var zip = client.get("onderzoeker", "/api/v1/onderzoeksextract?" + tienJaar);
        report.add("");
        report.add("research extract, 10 years: " + ms(t0) + " ms, " + zip.bytes().length / 1024 + " KiB, HTTP " + zip.status());

        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.write(out.resolve("figures.md"), report);
        report.forEach(System.out::println);
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
