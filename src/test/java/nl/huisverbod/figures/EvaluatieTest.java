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

            // issue 13, finding 6, worked by hand: 6 of 10 against 2 of 10
            // risk difference 0.4, SE = sqrt(0.6*0.4/10 + 0.2*0.8/10) = 0.2, 95 %: 0.4 -/+ 1.95996 * 0.2
            JsonNode rd = effect(herhaling, "risicoverschil");
            assertThat(rd.path("schatting").asDouble()).isCloseTo(0.4, within(1e-9));
            assertThat(rd.path("onder").asDouble()).isCloseTo(0.00801, within(1e-5));
            assertThat(rd.path("boven").asDouble()).isCloseTo(0.79199, within(1e-5));
            // risk ratio 3, SE(log) = sqrt(1/6 - 1/10 + 1/2 - 1/10) = 0.68313, 95 %: exp(ln 3 -/+ 1.95996 * 0.68313)
            JsonNode rr = effect(herhaling, "relatief_risico");
            assertThat(rr.path("schatting").asDouble()).isCloseTo(3.0, within(1e-9));
            assertThat(rr.path("onder").asDouble()).isCloseTo(0.7864, within(1e-4));
            assertThat(rr.path("boven").asDouble()).isCloseTo(11.444, within(1e-3));
            // mean difference 0.4, SE = sqrt(0.26667/10 + 0.17778/10) = 0.21082, df 17.31, t(0.975) = 2.107
            JsonNode md = effect(omvang, "verschil_gemiddelden");
            assertThat(md.path("onder").asDouble()).isCloseTo(-0.0442, within(0.002));
            assertThat(md.path("boven").asDouble()).isCloseTo(0.8442, within(0.002));
            // matched on children and arrest: two strata (no children anywhere), 3 of 5 against 1 of 5 in each,
            // weights 1/2: 0.4, variance 2 * 1/4 * (0.24/5 + 0.16/5) = 0.04
            JsonNode gematcht = e.path("gematcht").get(0);
            assertThat(gematcht.path("covariaten").toString()).isEqualTo("[\"kinderen\",\"aanhouding\"]");
            assertThat(gematcht.path("strata").asInt()).isEqualTo(2);
            assertThat(gematcht.path("metHuisverbod").asLong()).isEqualTo(10);
            assertThat(gematcht.path("effect").path("schatting").asDouble()).isCloseTo(0.4, within(1e-9));
            assertThat(gematcht.path("effect").path("onder").asDouble()).isCloseTo(0.00801, within(1e-5));
            // and on the RiHG's advice too: the mayor gave no order to two cases advised one (E-10: arrest, a new
            // incident; E-13: no arrest, none), the only controls like the orders. Per arrest stratum 3 of 5 against
            // 1 of 1 and 0 of 1, weights 1/2: 0.5 * (0.6 - 1) + 0.5 * (0.6 - 0) = 0.1; variance
            // 1/4 * 0.24/5 * 2 = 0.024 (a control's own share is 0 or 1), 95 %: 0.1 -/+ 1.95996 * 0.15492
            JsonNode opRihg = e.path("gematcht").get(1);
            assertThat(opRihg.path("covariaten").get(2).asString()).isEqualTo("rihg_advies");
            assertThat(opRihg.path("strata").asInt()).isEqualTo(2);
            assertThat(opRihg.path("metHuisverbod").asLong()).isEqualTo(10);
            assertThat(opRihg.path("zonderHuisverbod").asLong()).isEqualTo(2);
            assertThat(opRihg.path("effect").path("schatting").asDouble()).isCloseTo(0.1, within(1e-9));
            assertThat(opRihg.path("effect").path("onder").asDouble()).isCloseTo(-0.20364, within(1e-5));
            assertThat(opRihg.path("effect").path("boven").asDouble()).isCloseTo(0.40364, within(1e-5));
            // the mean among the cases with repeat violence: one new incident each, in both groups
            assertThat(maten.get("omvang_bij_herhaling").path("metHuisverbod").path("waarde").asDouble()).isEqualTo(1.0);
            // how many new incidents: 0 for 4 of 10 with an order, 1 for 6
            JsonNode nul = e.path("verdeling").get(0);
            assertThat(nul.path("klasse").asString()).isEqualTo("0");
            assertThat(nul.path("metHuisverbod").path("aantal").asLong()).isEqualTo(4);
            assertThat(nul.path("zonderHuisverbod").path("aantal").asLong()).isEqualTo(8);
            // Kaplan-Meier: every first incident on day 92, the others followed for the whole window
            Map<Long, JsonNode> km = new HashMap<>();
            e.path("overleving").forEach(o -> km.put(o.path("dag").asLong(), o));
            assertThat(km.get(90L).path("metHuisverbod").asDouble()).isEqualTo(1.0);
            assertThat(km.get(120L).path("metHuisverbod").asDouble()).isCloseTo(0.4, within(1e-9));
            assertThat(km.get(120L).path("zonderHuisverbod").asDouble()).isCloseTo(0.8, within(1e-9));
            assertThat(km.get(360L).path("metHuisverbod").asDouble()).isCloseTo(0.4, within(1e-9));

            require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 11)), 200);
            JsonNode klein = require(api.get("onderzoeker", "/api/v1/evaluatie?van=2015-01-01&tot=2016-01-01"
                    + "&bron=evaluatie-test"), 200).json();
            assertThat(klein.path("maten").get(0).path("metHuisverbod").path("onderdrukt").asBoolean()).isTrue();
            assertThat(klein.path("maten").get(0).path("toets").isNull()).isTrue();
            assertThat(klein.path("gematcht").get(1).path("effect").isNull()).as("too few alike: no estimate").isTrue();
            assertThat(klein.path("gematcht").get(1).path("zonderHuisverbod").isNull()).isTrue();
        } finally {
            require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 5)), 200);
        }
    }

    private static JsonNode effect(JsonNode maat, String soort) {
        for (JsonNode x : maat.path("effecten")) {
            if (x.path("maat").asString().equals(soort)) {
                return x;
            }
        }
        throw new AssertionError("no " + soort + " in " + maat);
    }
}
