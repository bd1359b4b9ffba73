package nl.huisverbod.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuccessorsTest {

    @Test
    void a_current_municipality_is_its_own_successor_and_a_merged_one_follows_every_merger() {
        // Haren and Ten Boer became part of Groningen in 2019; a made-up chain of two mergers
        var mergers = List.of(new Successors.Merger("GM0017", "GM0014", 2019),
                new Successors.Merger("GM0009", "GM0014", 2019),
                new Successors.Merger("A", "B", 2012), new Successors.Merger("B", "GM0014", 2019));
        Map<String, String> s = Successors.of(List.of("GM0014", "GM0017", "GM0009", "A", "B"), Set.of("GM0014"),
                mergers, Map.of());
        assertThat(s).containsEntry("GM0014", "GM0014").containsEntry("GM0017", "GM0014")
                .containsEntry("GM0009", "GM0014").containsEntry("A", "GM0014");
    }

    @Test
    void a_split_municipality_goes_to_the_successor_that_took_most_of_its_inhabitants() {
        // Haaren (GM0788) was split over four in 2021; Oisterwijk grew most from 1 January 2020 to 2021
        var mergers = List.of(new Successors.Merger("GM0788", "GM0757", 2021),
                new Successors.Merger("GM0788", "GM0824", 2021), new Successors.Merger("GM0788", "GM0855", 2021),
                new Successors.Merger("GM0788", "GM0865", 2021));
        var population = Map.of("GM0757", Map.of(2020, 30_800, 2021, 32_972),
                "GM0824", Map.of(2020, 26_300, 2021, 32_428), "GM0855", Map.of(2020, 219_800, 2021, 221_958),
                "GM0865", Map.of(2020, 26_800, 2021, 31_911));
        Map<String, String> s = Successors.of(List.of("GM0788"), Set.of("GM0757", "GM0824", "GM0855", "GM0865"),
                mergers, population);
        assertThat(s).containsEntry("GM0788", "GM0824");
    }

    @Test
    void a_split_that_population_cannot_settle_goes_to_the_first_successor_named() {
        var mergers = List.of(new Successors.Merger("GM0993", "GM0984", 2010),
                new Successors.Merger("GM0993", "GM1507", 2010));
        assertThat(Successors.of(List.of("GM0993"), Set.of("GM0984", "GM1507"), mergers, Map.of()))
                .containsEntry("GM0993", "GM0984");
    }
}
