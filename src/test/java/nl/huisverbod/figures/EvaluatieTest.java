package nl.huisverbod.figures;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The evaluation table on a hand-worked set: 10 orders of which 6 with a new police incident, 10 RiHGs without
 * an order of which 2. Chi-square of [[6,4],[2,8]] is 10/3 (p 0.068); Welch's t of the counts is 1.897 on
 * 17.3 df. Stalking and other sources do not count with the default (police only, §11).
 */
@IntegrationTest
class EvaluatieTest extends ApiTestSupport {

    @Test
    void orders_against_the_control_group_with_chi_square_and_t_test() {
        require(api.put("beheerder", "/api/v1/cijfer-toestemmingen/GM0106", Map.of("toestemming", true)), 200);
        ZakenImporteren.importeer(api, "evaluatie-test", ZakenImporteren.resource("evaluatie.jsonl"));
        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 1)), 200);
        try {
            JsonNode e = require(api.get("onderzoeker", "/api/v1/evaluatie?van=2015-01-01&tot=2016-01-01&bron=evaluatie-test"),
                    200).json();
            Map<String, JsonNode> maten = new HashMap<>();
            e.path("maten").forEach(m -> maten.put(m.path("maat").asString(), m));
            JsonNode herhaling = maten.get("herhaling");
            assertThat(herhaling.path("metHuisverbod").path("n").asLong()).isEqualTo(10);
            assertThat(herhaling.path("metHuisverbod").path("aantal").asLong()).isEqualTo(6);
            assertThat(herhaling.path("zonderHuisverbod").path("aantal").asLong()).isEqualTo(2);
            assertThat(herhaling.path("toets").path("statistiek").asDouble()).isCloseTo(10.0 / 3, within(1e-9));
            assertThat(herhaling.path("toets").path("p").asDouble()).isCloseTo(0.0679, within(0.0005));
            // expected counts 4, 6, 4, 6: below 5, so the chi-square is flagged as a rough approximation
            assertThat(herhaling.path("toets").path("benadering").asBoolean()).isTrue();
            JsonNode omvang = maten.get("omvang");
            assertThat(omvang.path("metHuisverbod").path("waarde").asDouble()).isCloseTo(0.6, within(1e-9));
            assertThat(omvang.path("zonderHuisverbod").path("waarde").asDouble()).isCloseTo(0.2, within(1e-9));
            assertThat(omvang.path("toets").path("statistiek").asDouble()).isCloseTo(1.897, within(0.001));
            assertThat(omvang.path("toets").path("df").asDouble()).isCloseTo(17.3, within(0.1));
            assertThat(maten.get("aanhouding").path("metHuisverbod").path("aantal").asLong()).isEqualTo(5);

            require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 11)), 200);
            JsonNode klein = require(api.get("onderzoeker", "/api/v1/evaluatie?van=2015-01-01&tot=2016-01-01"
                    + "&bron=evaluatie-test"), 200).json();
            assertThat(klein.path("maten").get(0).path("metHuisverbod").path("onderdrukt").asBoolean()).isTrue();
            assertThat(klein.path("maten").get(0).path("toets").isNull()).isTrue();
        } finally {
            require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 5)), 200);
        }
    }
}
