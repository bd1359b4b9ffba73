package nl.huisverbod.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.huisverbod.figures.CijferInstellingen;
import nl.huisverbod.figures.GemeenteTellingen;
import nl.huisverbod.figures.LiveZaken;
import nl.huisverbod.figures.PolitieTellingen;
import nl.huisverbod.figures.ZaakImport;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's figures: the Drenthe example of domain.md §12 with the municipalities' own counts, the last three
 * complete years of generated national cases with the police's counts, consent of every municipality, and the demo's
 * live cases projected, so that every dashboard has something to show on a fresh machine.
 */
@Component
class DemoCijfers {

    private static final Logger log = LoggerFactory.getLogger(DemoCijfers.class);
    private final ZaakImport zaakImport;
    private final PolitieTellingen politieTellingen;
    private final GemeenteTellingen gemeenteTellingen;
    private final CijferInstellingen instellingen;
    private final LiveZaken liveZaken;
    private final Municipalities municipalities;
    private final RunAs runAs;
    private final Clock clock;

    DemoCijfers(ZaakImport zaakImport, PolitieTellingen politieTellingen, GemeenteTellingen gemeenteTellingen,
                CijferInstellingen instellingen, LiveZaken liveZaken, Municipalities municipalities, RunAs runAs,
                Clock clock) {
        this.zaakImport = zaakImport;
        this.politieTellingen = politieTellingen;
        this.gemeenteTellingen = gemeenteTellingen;
        this.instellingen = instellingen;
        this.liveZaken = liveZaken;
        this.municipalities = municipalities;
        this.runAs = runAs;
        this.clock = clock;
    }

    void create() {
        runAs.run("beheerder", () -> {
            try {
                // every municipality consents but Borger-Odoorn, to show what a missing consent does
                municipalities.allCodes().forEach(code -> instellingen.setToestemming(code, !code.equals("GM1681")));
                try (Reader r = new InputStreamReader(new ClassPathResource("demo/drenthe-2009.jsonl").getInputStream(),
                        StandardCharsets.UTF_8)) {
                    zaakImport.importeer("coordinator-drenthe-2009", r, v -> { });
                }
                gemeenteTellingen.importeer(new ClassPathResource("demo/drenthe-gemeenten.csv")
                        .getContentAsString(StandardCharsets.UTF_8));
                int jaar = LegalTime.localDate(clock.instant()).getYear();
                Path dir = Files.createTempDirectory("demo-cijfers");
                var data = new LandelijkeDataGenerator(7L, jaar - 3, 3, 6_000, 300_000).schrijf(dir);
                try (Reader r = Files.newBufferedReader(data.zakenBestand(), StandardCharsets.UTF_8)) {
                    zaakImport.importeer("demo-landelijk", r, v -> { });
                }
                politieTellingen.importeer(Files.readString(data.politieBestand()));
                Files.delete(data.zakenBestand());
                Files.delete(data.politieBestand());
                Files.delete(dir);
                liveZaken.vernieuwNu();
                log.info("Demo figures: {} generated cases of {}–{}, the Drenthe example of 2009", data.zaken(),
                        jaar - 3, jaar - 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
