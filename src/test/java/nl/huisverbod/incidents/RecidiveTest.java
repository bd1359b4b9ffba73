package nl.huisverbod.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.PersoonMatch;
import nl.huisverbod.shared.Csv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Repeat violence (domain.md §11) on the committed data set in src/test/resources/recidive, whose answers
 * were worked out by hand in its README.
 */
class RecidiveTest {

    static final LocalDate MEASURED_ON = LocalDate.of(2026, 11, 24);

    static List<Recidive.Casus> dataSet() throws IOException {
        Map<String, LocalDate> origins = new LinkedHashMap<>();
        for (var row : Csv.read(RecidiveTest.class.getResourceAsStream("/recidive/casussen.csv"))) {
            origins.put(row.get("casus"), LocalDate.parse(row.get("origineel")));
        }
        Map<String, List<Recidive.Nieuw>> incidents = new LinkedHashMap<>();
        for (var row : Csv.read(RecidiveTest.class.getResourceAsStream("/recidive/incidenten.csv"))) {
            // the same filter as the service: a person of the household, not stalking
            var linked = new IncidentRegister.Gekoppeld(UUID.randomUUID(), Incident.Bron.valueOf(row.get("bron")), "x",
                    LocalDate.parse(row.get("datum")), Incident.Aard.valueOf(row.get("aard")),
                    PersoonMatch.Grond.valueOf(row.get("grond")));
            if (linked.telt()) {
                incidents.computeIfAbsent(row.get("casus"), k -> new ArrayList<>())
                        .add(new Recidive.Nieuw(linked.datum(), linked.bron()));
            }
        }
        List<Recidive.Casus> cases = new ArrayList<>();
        origins.forEach((id, origin) -> cases.add(new Recidive.Casus(origin, incidents.getOrDefault(id, List.of()))));
        return cases;
    }

    @ParameterizedTest(name = "{0} months, {1}: n={2}, left out {3}, presence {4}, size {5}, speed {6}")
    @CsvSource({
            "12, POLITIE, 5, 1, 0.4, 0.8, 30.5",
            "12, ALLE, 5, 1, 0.8, 1.4, 108.25",
            "18, POLITIE, 4, 2, 0.5, 1.25, 30.5",
            "24, ALLE, 4, 2, 0.75, 1.75, 124.0"})
    void the_measures_match_the_hand_worked_answers(int months, Recidive.Bronnen sources, int n, int leftOut,
                                                   double presence, double size, double speed) throws IOException {
        Recidive.Uitkomst u = Recidive.bereken(dataSet(), months, sources, MEASURED_ON);
        assertThat(u.n()).isEqualTo(n);
        assertThat(u.uitgesloten()).isEqualTo(leftOut);
        assertThat(u.aanwezigheid()).isCloseTo(presence, within(1e-9));
        assertThat(u.omvang()).isCloseTo(size, within(1e-9));
        assertThat(u.snelheidDagen()).isCloseTo(speed, within(1e-9));
    }
}
