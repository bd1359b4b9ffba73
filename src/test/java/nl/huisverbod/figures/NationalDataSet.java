package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.huisverbod.demo.LandelijkeDataGenerator;
import nl.huisverbod.identity.RunAs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national data set of the figure benchmarks (seed 2026: 55,000 cases over 2015–2024 and the police's
 * yearly counts), generated, imported through the product's own import and given every municipality's
 * consent; each step's time goes to {@code report}.
 */
final class NationalDataSet {

    private NationalDataSet() {
    }

    static LandelijkeDataGenerator.Resultaat load(ZaakImport zaakImport, PolitieTellingen politieTellingen, RunAs runAs,
                                                  JdbcClient jdbc, List<String> report, boolean twice) throws Exception {
        Path dir = Files.createTempDirectory("landelijk");
        long t0 = System.nanoTime();
        var data = new LandelijkeDataGenerator(2026L).schrijf(dir);
        report.add("generated: " + data + " in " + ms(t0) + " ms");

        t0 = System.nanoTime();
        ZaakImport.Voortgang klaar = importeer(zaakImport, runAs, data);
        report.add("| import of " + klaar.regels() + " cases (" + data.huisverboden() + " orders) | " + ms(t0)
                + " ms | " + klaar.opgeslagen() + " stored, " + klaar.afgewezenAantal() + " rejected |");
        assertThat(klaar.afgewezenAantal()).as(klaar.afgewezen().toString()).isZero();
        if (twice) {
            t0 = System.nanoTime();
            klaar = importeer(zaakImport, runAs, data);
            report.add("| the same file again (every case replaced) | " + ms(t0) + " ms | " + klaar.opgeslagen() + " |");
        }
        assertThat(jdbc.sql("select count(*) from stat_zaak where bron = 'landelijk'").query(Integer.class).single())
                .isEqualTo(data.zaken());

        t0 = System.nanoTime();
        String politie = Files.readString(data.politieBestand());
        var p = runAs.call("beheerder", () -> politieTellingen.importeer(politie));
        report.add("| police counts, " + p.regels() + " lines (" + data.politieIncidenten() + " incidents) | " + ms(t0)
                + " ms | " + p.afgewezen().size() + " rejected |");
        jdbc.sql("""
                insert into cijfer_toestemming (gemeente_code, toestemming, vastgelegd_op, vastgelegd_door)
                select code, true, now(), (select id from app_user where username = 'beheerder') from ref_municipality
                on conflict (gemeente_code) do update set toestemming = true""").update();
        jdbc.sql("analyze").update();
        return data;
    }

    private static ZaakImport.Voortgang importeer(ZaakImport zaakImport, RunAs runAs, LandelijkeDataGenerator.Resultaat data)
            throws Exception {
        try (Reader reader = Files.newBufferedReader(data.zakenBestand(), StandardCharsets.UTF_8)) {
            return runAs.call("beheerder", () -> zaakImport.importeer("landelijk", reader, v -> { }));
        }
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
