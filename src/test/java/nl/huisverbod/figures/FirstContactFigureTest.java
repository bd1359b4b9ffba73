package nl.huisverbod.figures;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 13, finding 5: first contact is counted over the orders, not over the contacts entered. */
@IntegrationTest
class FirstContactFigureTest extends ApiTestSupport {

    static final String BRON = "eerste-contact-test";

    @AfterEach
    void standardThreshold() {
        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 5)), 200);
    }

    @Test
    void an_order_without_a_first_contact_entered_counts_as_none_or_unknown() {
        require(api.put("beheerder", "/api/v1/cijfer-toestemmingen/GM0106", Map.of("toestemming", true)), 200);
        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 1)), 200);
        String order = "\"gemeenteCode\":\"GM0106\",\"incidentDatum\":\"2012-03-01\",\"aanhouding\":false,"
                + "\"huishouden\":[{\"persoonId\":\"%s-U\",\"rol\":\"UITHUISGEPLAATSTE\",\"geboortejaar\":1970}],"
                + "\"rihg\":{\"afgerondOp\":\"2012-03-01T20:00:00+01:00\",\"advies\":\"HUISVERBOD\"},"
                + "\"huisverbod\":{\"opgelegdOp\":\"2012-03-01T22:00:00+01:00\"}";
        String jsonl = "{\"zaakId\":\"EC-1\"," + order.formatted("EC-1")
                + ",\"eersteContacten\":[{\"rol\":\"UITHUISGEPLAATSTE\",\"op\":\"2012-03-02T08:00:00+01:00\"}]}\n"
                + "{\"zaakId\":\"EC-2\"," + order.formatted("EC-2") + "}\n";
        ZakenImporteren.importeer(api, BRON, jsonl);

        JsonNode t = require(api.get("beheerder", "/api/v1/cijfers/eerste-contact?niveau=LAND&periode=GEHEEL"
                + "&van=2012-01-01&tot=2013-01-01&bron=" + BRON), 200).json();
        JsonNode row = null;
        for (JsonNode r : t.path("rijen")) {
            if ("UITHUISGEPLAATSTE".equals(r.path("categorie").asString())) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(cell(t, row, "huisverboden").path("aantal").asLong()).isEqualTo(2);
        assertThat(cell(t, row, "binnen_24_uur").path("aantal").asLong()).isEqualTo(1);
        assertThat(cell(t, row, "geen_of_onbekend").path("aantal").asLong()).as("the order with no entry").isEqualTo(1);
        assertThat(cell(t, row, "geen_of_onbekend").path("waarde").asDouble()).isEqualTo(0.5);
    }

    private static JsonNode cell(JsonNode t, JsonNode row, String key) {
        for (int i = 0; i < t.path("kolommen").size(); i++) {
            if (t.path("kolommen").get(i).path("sleutel").asString().equals(key)) {
                return row.path("cellen").get(i);
            }
        }
        throw new AssertionError("no column " + key);
    }
}
