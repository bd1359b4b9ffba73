package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark: the research extract of the national data set (issue 13, finding 4): its k measured from the
 * files the researcher receives must reach the configured k (5), and what it took to get there is reported.
 * Run with {@code ./mvnw test -Pbenchmark -Dtest=ResearchExtractBenchmark}; results go to
 * target/benchmarks/research-extract.md and into docs/benchmarks.md.
 */
@Tag("benchmark")
@IntegrationTest
class ResearchExtractBenchmark {

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

    @Test
    void the_national_extract_reaches_k_5() throws Exception {
        List<String> report = new ArrayList<>();
        NationalDataSet.load(zaakImport, politieTellingen, runAs, jdbc, report, false);
        Api api = new Api(port);
        report.add("");
        report.add("| extract | cases in it | left out | k measured from the files | generalised to | time |");
        report.add("|---|---|---|---|---|---|");
        for (String range : List.of("van=2024-01-01&tot=2025-01-01", "van=2015-01-01&tot=2025-01-01",
                "van=2024-01-01&tot=2025-01-01&binnenNiveau=VT_REGIO&binnen=Drenthe")) {
            long t0 = System.nanoTime();
            Api.Response r = api.get("onderzoeker", "/api/v1/onderzoeksextract?" + range);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.status()).isEqualTo(200);
            Map<String, String> files = ExtractFiles.unzip(r.bytes());
            int k = ExtractFiles.k(files);
            assertThat(k).as(range).isGreaterThanOrEqualTo(5);
            String leesmij = files.get("LEESMIJ.txt");
            var left = java.util.regex.Pattern.compile("; (\\d+) zaken die ook zo").matcher(leesmij);
            assertThat(left.find()).isTrue();
            report.add("| " + range + " | " + (files.get("zaken.csv").split("\r\n").length - 1) + " | " + left.group(1)
                    + " | " + k + " | " + leesmij.lines().filter(l -> l.startsWith("Daarvoor")).findFirst().orElse("")
                    + " | " + ms + " ms |");
        }
        Path out = Path.of("target/benchmarks/research-extract.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }
}
