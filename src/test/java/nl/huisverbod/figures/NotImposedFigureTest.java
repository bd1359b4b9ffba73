package nl.huisverbod.figures;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, finding 5: why no order followed a RiHG is imported with the case and projected from the mayor's
 * decision, and counted by reason, so that the control cases of the evaluation can be described.
 */
@IntegrationTest
class NotImposedFigureTest extends ApiTestSupport {

    static final String BRON = "niet-opgelegd-2013";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noSuppression() {
        require(api.put("beheerder", "/api/v1/cijfer-toestemmingen/GM0106", Map.of("toestemming", true)), 200);
        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 1)), 200);
    }

    @AfterEach
    void standardThreshold() {
        jdbc.sql("delete from stat_zaak where bron = ?").param(BRON).update();
        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 5)), 200);
    }

    @Test
    void the_reasons_no_order_was_imposed_are_counted_as_shares_of_the_rihgs_without_order() {
        JsonNode klaar = ZakenImporteren.importeer(api, BRON, line("NO-1", "NIET_NODIG", false)
                + line("NO-2", "NIET_NODIG", false) + line("NO-3", "ORGANISATORISCH", false)
                + line("NO-4", null, false) // no reason recorded
                + line("NO-5", "ANDERS", true)); // a reason beside an order: refused
        assertThat(klaar.path("opgeslagen").asInt()).isEqualTo(4);
        assertThat(klaar.path("afgewezen").toString()).as("a reason beside an order").contains("redenNietOpgelegd");

        JsonNode t = require(api.get("onderzoeker", "/api/v1/cijfers/niet-opgelegd?niveau=LAND&periode=JAAR"
                + "&van=2013-01-01&tot=2014-01-01&bron=" + BRON), 200).json();
        Map<String, JsonNode> perReason = new HashMap<>();
        t.path("rijen").forEach(r -> perReason.put(r.path("categorie").asString(), r.path("cellen")));
        assertThat(perReason.get("NIET_NODIG").get(0).path("aantal").asLong()).as("RiHGs without order").isEqualTo(4);
        assertThat(perReason.get("NIET_NODIG").get(1).path("aantal").asLong()).isEqualTo(2);
        assertThat(perReason.get("NIET_NODIG").get(1).path("waarde").asDouble()).isEqualTo(0.5);
        assertThat(perReason.get("ORGANISATORISCH").get(1).path("aantal").asLong()).isEqualTo(1);
        assertThat(perReason.get("ONBEKEND").get(1).path("aantal").asLong()).isEqualTo(1);
        assertThat(perReason).doesNotContainKey("ANDERS");
    }

    @Test
    void the_mayors_reason_for_not_imposing_reaches_the_figures_of_the_live_cases() {
        String id = cases.readyForDecision("hovj", "GM0118");
        require(api.post("burgemeester.hoogeveen", "/api/v1/dossiers/" + id + "/besluit", Map.of("besluit", "NIET_OPLEGGEN",
                "redenNietOpleggen", "VERERGERT_SITUATIE", "afwijkingsreden", "Een huisverbod zou de situatie verergeren")), 200);
        require(api.post("beheerder", "/api/v1/cijfers/vernieuwing", Map.of()), 200);
        String number = api.get("hovj", "/api/v1/dossiers/" + id).json().path("nummer").asString();
        assertThat(jdbc.sql("select reden_niet_opgelegd from stat_zaak where bron = 'live' and extern_id = ?")
                .param(number).query(String.class).single()).isEqualTo("VERERGERT_SITUATIE");
    }

    private static String line(String id, String reason, boolean order) {
        return "{\"zaakId\":\"" + id + "\",\"gemeenteCode\":\"GM0106\",\"incidentDatum\":\"2013-05-01\","
                + "\"huishouden\":[{\"persoonId\":\"" + id + "-U\",\"rol\":\"UITHUISGEPLAATSTE\",\"geboortejaar\":1980}],"
                + "\"rihg\":{\"afgerondOp\":\"2013-05-02T10:00:00+02:00\",\"advies\":\"GEEN_HUISVERBOD\"}"
                + (reason == null ? "" : ",\"redenNietOpgelegd\":\"" + reason + "\"")
                + (order ? ",\"huisverbod\":{\"opgelegdOp\":\"2013-05-02T12:00:00+02:00\"}" : "") + "}\n";
    }
}
