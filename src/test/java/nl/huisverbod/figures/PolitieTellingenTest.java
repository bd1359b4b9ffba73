package nl.huisverbod.figures;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The police's yearly counts per municipality: checked line by line, corrected counts replace earlier ones. */
@IntegrationTest
class PolitieTellingenTest extends ApiTestSupport {

    Api.Response importCsv(String user, String csv) {
        return api.postCsv(user, "/api/v1/politie-tellingen", csv);
    }

    @Test
    void good_lines_are_stored_bad_lines_reported_and_a_correction_replaces_the_count() throws Exception {
        String csv = String.join("\n", "gemeentecode,jaar,aantal",
                "GM0106,2025,120",
                "GM9999,2025,5",
                "GM0106,1990,3",
                "GM0114,abc,-1",
                "GM0106,2025,130", "");
        Api.Response r = importCsv("beheerder", csv);
        require(r, 200);
        JsonNode body = r.json();
        assertThat(body.path("regels").asInt()).isEqualTo(5);
        assertThat(body.path("opgeslagen").asInt()).isEqualTo(2);
        Map<Integer, String> rejected = new HashMap<>();
        body.path("afgewezen").forEach(a -> rejected.put(a.path("regel").asInt(), a.path("redenen").toString()));
        assertThat(rejected.keySet()).containsExactlyInAnyOrder(3, 4, 5);
        assertThat(rejected.get(3)).contains("Onbekende gemeente");
        assertThat(rejected.get(4)).contains("Een jaar van 2009 tot en met");
        assertThat(rejected.get(5)).contains("jaar: Ongeldige waarde.", "aantal: Een aantal van 0 of meer.");
        assertThat(api.get("beheerder", "/api/v1/politie-tellingen").json().toString())
                .contains("{\"gemeenteCode\":\"GM0106\",\"jaar\":2025,\"aantal\":130}");
        assertThat(importCsv("hovj", csv).status()).isEqualTo(403);
        assertThat(importCsv("beheerder", "code,jaar\nGM0106,2025\n").status()).isEqualTo(400);
    }
}
