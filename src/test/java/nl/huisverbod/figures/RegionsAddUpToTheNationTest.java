package nl.huisverbod.figures;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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
 * Issue 13, finding 1: cases of municipalities dissolved since 2009 count in the region of the municipality
 * that now holds their territory, so every level adds up to the nation in every year 2009–2024. The data
 * set: one or two orders in every municipality in every year it existed (480 municipalities, 138 of them
 * dissolved), imported through the product's own import.
 */
@IntegrationTest
class RegionsAddUpToTheNationTest extends ApiTestSupport {

    static final String BRON = "samenvoegingen-2009-2024";
    /** At most 15 years per table: 2009–2016 and 2017–2024. */
    static final List<String> PERIODEN = List.of("periode=JAAR&van=2009-01-01&tot=2017-01-01&bron=" + BRON,
            "periode=JAAR&van=2017-01-01&tot=2025-01-01&bron=" + BRON);

    @Autowired
    JdbcClient jdbc;
    private List<Map<String, Object>> consentBefore;
    private final Map<Integer, Integer> ordersPerYear = new HashMap<>();
    private int inDissolved2015Groningen;

    @BeforeEach
    void everyMunicipalityEveryYear() {
        consentBefore = jdbc.sql("select gemeente_code, toestemming from cijfer_toestemming").query().listOfRows();
        jdbc.sql("""
                insert into cijfer_toestemming (gemeente_code, toestemming, vastgelegd_op, vastgelegd_door)
                select code, true, now(), (select id from app_user where username = 'beheerder') from ref_municipality
                on conflict (gemeente_code) do update set toestemming = true""").update();
        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 1)), 200);
        StringBuilder jsonl = new StringBuilder();
        var municipalities = jdbc.sql("select code, province, valid_from_year, valid_to_year from ref_municipality")
                .query().listOfRows();
        int n = 0;
        for (int year = 2009; year <= 2024; year++) {
            for (var m : municipalities) {
                String code = (String) m.get("code");
                Integer from = (Integer) m.get("valid_from_year");
                Integer to = (Integer) m.get("valid_to_year");
                if ((from != null && from > year) || (to != null && to < year)) {
                    continue;
                }
                int orders = 1 + Math.floorMod(code.hashCode() + year, 2);
                for (int i = 0; i < orders; i++) {
                    n++;
                    String day = year + "-0" + (1 + i * 4) + "-1" + (i + 2);
                    jsonl.append("{\"zaakId\":\"SV-").append(n).append("\",\"gemeenteCode\":\"").append(code)
                            .append("\",\"incidentDatum\":\"").append(day).append("\",\"aanhouding\":false,")
                            .append("\"huishouden\":[{\"persoonId\":\"SV-").append(n).append("-U\",\"rol\":\"UITHUISGEPLAATSTE\",")
                            .append("\"geboortejaar\":1975}],\"rihg\":{\"afgerondOp\":\"").append(day)
                            .append("T10:00:00+01:00\",\"advies\":\"HUISVERBOD\"},\"huisverbod\":{\"opgelegdOp\":\"")
                            .append(day).append("T12:00:00+01:00\"}}\n");
                }
                ordersPerYear.merge(year, orders, Integer::sum);
                if (year == 2015 && to != null && "Groningen".equals(m.get("province"))) {
                    inDissolved2015Groningen += orders;
                }
            }
        }
        JsonNode klaar = ZakenImporteren.importeer(api, BRON, jsonl.toString());
        assertThat(klaar.path("afgewezenAantal").asInt()).as(klaar.toString()).isZero();
        assertThat(klaar.path("opgeslagen").asInt()).isEqualTo(n);
    }

    @AfterEach
    void restore() {
        jdbc.sql("delete from stat_zaak where bron = :bron").param("bron", BRON).update();
        jdbc.sql("update cijfer_toestemming set toestemming = false").update();
        for (var row : consentBefore) {
            jdbc.sql("update cijfer_toestemming set toestemming = :t where gemeente_code = :c")
                    .param("t", row.get("toestemming")).param("c", row.get("gemeente_code")).update();
        }
        jdbc.sql("delete from cijfer_toestemming where gemeente_code not in (:codes)")
                .param("codes", consentBefore.isEmpty() ? List.of("") : consentBefore.stream()
                        .map(r -> r.get("gemeente_code")).toList()).update();
        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 5)), 200);
    }

    @Test
    void every_level_adds_up_to_the_nation_in_every_year_from_2009_to_2024() {
        Map<String, Long> nation = perYear("aantallen", "LAND", "huisverboden", "");
        for (int year = 2009; year <= 2024; year++) {
            assertThat(nation.get(String.valueOf(year))).as("nation " + year).isEqualTo((long) ordersPerYear.get(year));
        }
        for (String level : List.of("GEMEENTE", "POLITIE_EENHEID", "VT_REGIO", "VEILIGHEIDSREGIO")) {
            assertThat(perYear("aantallen", level, "huisverboden", "")).as(level).isEqualTo(nation);
            assertThat(tabel("aantallen", level, PERIODEN.get(0)).path("rijen")).as(level + ": every area named")
                    .allMatch(r -> !r.path("naam").isNull() && !r.path("naam").asString().isBlank());
        }
        assertThat(tabel("aantallen", "LAND", PERIODEN.get(0)).path("toelichting").toString()).contains("indeling van nu");
    }

    @Test
    void the_orders_of_dissolved_groningen_municipalities_count_in_the_groningen_region() {
        long regio2015 = perYear("aantallen", "VT_REGIO", "huisverboden", "&binnenNiveau=VT_REGIO&binnen=Groningen")
                .get("2015");
        long current2015 = jdbc.sql("""
                select count(*) from stat_zaak z join ref_municipality m on m.code = z.gemeente_code
                where z.bron = :bron and m.vt_region = 'Groningen' and m.valid_to_year is null
                  and extract(year from z.opgelegd_op at time zone 'Europe/Amsterdam') = 2015""")
                .param("bron", BRON).query(Long.class).single();
        assertThat(inDissolved2015Groningen).isPositive();
        assertThat(regio2015).isEqualTo(current2015 + inDissolved2015Groningen);
    }

    @Test
    void a_regions_population_includes_its_dissolved_municipalities_so_regions_add_up_to_the_nation() {
        // the inhabitants are the n of "orders per 100,000 inhabitants"
        Map<String, Long> nation = perYear("per-inwoners", "LAND", "huisverboden_per_100000", "");
        Map<String, Long> regions = perYear("per-inwoners", "VT_REGIO", "huisverboden_per_100000", "");
        long population2015 = jdbc.sql("select sum(population) from ref_population where year = 2015")
                .query(Long.class).single();
        assertThat(nation.get("2015")).isEqualTo(population2015);
        for (int year = 2012; year <= 2024; year++) {
            assertThat(regions.get(String.valueOf(year))).as("inhabitants " + year).isEqualTo(nation.get(String.valueOf(year)));
        }
    }

    private JsonNode tabel(String figure, String level, String query) {
        return require(api.get("beheerder", "/api/v1/cijfers/" + figure + "?niveau=" + level + "&" + query), 200)
                .json();
    }

    /** The column summed over the areas, per year 2009–2024: its count, or for a ratio its n. */
    private Map<String, Long> perYear(String figure, String level, String key, String extra) {
        Map<String, Long> result = new HashMap<>();
        for (String periode : PERIODEN) {
            perYear(tabel(figure, level, periode + extra), key).forEach((y, v) -> result.merge(y, v, Long::sum));
        }
        return result;
    }

    private static Map<String, Long> perYear(JsonNode t, String key) {
        int c = -1;
        for (int i = 0; i < t.path("kolommen").size(); i++) {
            if (t.path("kolommen").get(i).path("sleutel").asString().equals(key)) {
                c = i;
            }
        }
        Map<String, Long> result = new HashMap<>();
        for (JsonNode r : t.path("rijen")) {
            JsonNode cell = r.path("cellen").get(c);
            long value = key.contains("_per_") ? cell.path("n").asLong() : cell.path("aantal").asLong();
            result.merge(r.path("periode").asString(), value, Long::sum);
        }
        return result;
    }
}
