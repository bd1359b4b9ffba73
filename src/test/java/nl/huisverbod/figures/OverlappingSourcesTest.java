package nl.huisverbod.figures;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, finding 5: a figure over all sources would count a case that two registrations hold twice. The
 * coordinator's registration of 2014 and the municipality's own hold two of the same orders (same municipality,
 * same minute); a figure without a source is refused for 2014 with both named, answers for one source, and
 * answers for a year in which they do not overlap. A source imported again without the shared cases no longer
 * overlaps.
 */
@IntegrationTest
class OverlappingSourcesTest extends ApiTestSupport {

    static final String COORDINATOR = "overlap-coordinator-2014";
    static final String MUNICIPALITY = "overlap-gemeente-2014";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeSources() {
        for (String bron : List.of(COORDINATOR, MUNICIPALITY)) {
            jdbc.sql("delete from stat_zaak where bron = ?").param(bron).update();
            jdbc.sql("delete from stat_bron_overlap where bron = :b or andere_bron = :b").param("b", bron).update();
        }
    }

    @Test
    void a_figure_over_all_sources_is_refused_for_the_years_in_which_two_sources_hold_the_same_cases() {
        ZakenImporteren.importeer(api, COORDINATOR, order("C-1", "2014-03-04T02:10") + order("C-2", "2014-06-11T23:45")
                + order("C-3", "2014-09-20T14:00"));
        ZakenImporteren.importeer(api, MUNICIPALITY, order("G-17", "2014-03-04T02:10") + order("G-18", "2014-06-11T23:45")
                + order("G-19", "2014-10-01T09:30"));

        Api.Response all = api.get("onderzoeker", "/api/v1/cijfers/aantallen?niveau=LAND&periode=JAAR"
                + "&van=2014-01-01&tot=2015-01-01");
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.json().path("invalidParams").findValuesAsString("name")).containsExactly("bron");
        assertThat(all.body()).contains(COORDINATOR, MUNICIPALITY, "2 dezelfde zaken");
        assertThat(api.get("onderzoeker", "/api/v1/evaluatie?van=2014-01-01&tot=2015-01-01").status()).isEqualTo(400);
        assertThat(api.get("onderzoeker", "/api/v1/cijfers/aantallen?niveau=LAND&periode=JAAR&van=2014-01-01"
                + "&tot=2015-01-01&bron=" + COORDINATOR).status()).isEqualTo(200);
        assertThat(api.get("onderzoeker", "/api/v1/cijfers/aantallen?niveau=LAND&periode=JAAR&van=2016-01-01"
                + "&tot=2017-01-01").status()).as("a year without overlap").isEqualTo(200);
        // nor is it published as open data: the administrator is told why
        Api.Response publish = api.post("beheerder", "/api/v1/open-data/versies", Map.of());
        assertThat(publish.status()).isEqualTo(400);
        assertThat(publish.body()).contains(COORDINATOR);

        // the municipality sends its file again without the coordinator's cases
        jdbc.sql("delete from stat_zaak where bron = ?").param(MUNICIPALITY).update();
        ZakenImporteren.importeer(api, MUNICIPALITY, order("G-19", "2014-10-01T09:30"));
        assertThat(api.get("onderzoeker", "/api/v1/cijfers/aantallen?niveau=LAND&periode=JAAR&van=2014-01-01"
                + "&tot=2015-01-01").status()).isEqualTo(200);
    }

    private static String order(String id, String moment) {
        return "{\"zaakId\":\"" + id + "\",\"gemeenteCode\":\"GM0114\",\"incidentDatum\":\"" + moment.substring(0, 10)
                + "\",\"huishouden\":[{\"persoonId\":\"" + id + "-U\",\"rol\":\"UITHUISGEPLAATSTE\",\"geboortejaar\":1977}],"
                + "\"rihg\":{\"afgerondOp\":\"" + moment + ":00+01:00\",\"advies\":\"HUISVERBOD\"},"
                + "\"huisverbod\":{\"opgelegdOp\":\"" + moment + ":00+01:00\"}}\n";
    }
}
