package nl.huisverbod.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import nl.huisverbod.shared.Csv;
import org.junit.jupiter.api.Test;

class DistrictCourtsTest {

    private static Map<String, Municipality> current() throws Exception {
        try (InputStream in = DistrictCourtsTest.class.getResourceAsStream("/reference/municipalities.csv")) {
            return Csv.read(in).stream().filter(r -> r.get("valid_to_year") == null || r.get("valid_to_year").isBlank())
                    .map(r -> new Municipality(r.get("code"), r.get("name"), r.get("province"),
                            r.get("safety_region_code"), r.get("safety_region_name"), r.get("police_unit"),
                            r.get("vt_region")))
                    .collect(Collectors.toMap(Municipality::code, m -> m));
        }
    }

    @Test
    void every_current_municipality_has_its_district_court_and_the_court_follows_the_municipality() throws Exception {
        Map<String, Municipality> all = current();
        assertThat(all).hasSize(342);
        assertThat(all.values()).allSatisfy(m -> assertThat(DistrictCourts.of(m)).as(m.name()).isPresent());
        assertThat(all.values().stream().map(m -> DistrictCourts.of(m).orElseThrow()).distinct()).hasSize(11);
        assertThat(DistrictCourts.of(all.get("GM0106"))).contains("Rechtbank Noord-Nederland");   // Assen
        assertThat(DistrictCourts.of(all.get("GM0153"))).contains("Rechtbank Overijssel");        // Enschede
        assertThat(DistrictCourts.of(all.get("GM0202"))).contains("Rechtbank Gelderland");        // Arnhem
        assertThat(DistrictCourts.of(all.get("GM0034"))).contains("Rechtbank Midden-Nederland");  // Almere
        assertThat(DistrictCourts.of(all.get("GM0362"))).contains("Rechtbank Amsterdam");         // Amstelveen
        assertThat(DistrictCourts.of(all.get("GM0855"))).contains("Rechtbank Zeeland-West-Brabant"); // Tilburg
        assertThat(DistrictCourts.of(all.get("GM0935"))).contains("Rechtbank Limburg");           // Maastricht
    }
}
