package nl.huisverbod.opendata;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.figures.SubtractionAttacker;
import nl.huisverbod.figures.ZakenImporteren;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, finding 7: the open data. A small source with orders in three Veilig Thuis regions (3, 20
 * and 7: the 3 is small and the nation's total is shown, so subtraction would give it away) is imported, and
 * the open tables are published and read without an account: the same numbers as the researcher's
 * dashboards, nothing recoverable by subtraction, versions that never change, and bad filters named. The
 * source's year is the first from 2010 in which the shared test database holds no case yet, so that its small
 * cell is small in every table.
 */
@IntegrationTest
class OpenDataTest extends ApiTestSupport {

    static final String BRON = "open-data-proef";
    static final Map<String, Integer> ORDERS = Map.of("GM0106", 3, "GM0344", 20, "GM0363", 7);
    static final List<String> LEVELS = List.of("LAND", "VEILIGHEIDSREGIO", "POLITIE_EENHEID", "VT_REGIO");
    static final List<String> REGIONS = LEVELS.subList(1, LEVELS.size());

    @Autowired
    JdbcClient jdbc;
    private String year;

    @BeforeEach
    void ordersInAnEmptyYearInThreeRegions() {
        year = String.valueOf(jdbc.sql("select min(y) from generate_series(2010, 2020) y where not exists"
                + " (select 1 from stat_zaak z where extract(year from coalesce(z.opgelegd_op, z.rihg_op)"
                + " at time zone 'Europe/Amsterdam') = y)").query(Integer.class).single());
        StringBuilder jsonl = new StringBuilder();
        ORDERS.forEach((code, n) -> {
            require(api.put("beheerder", "/api/v1/cijfer-toestemmingen/" + code, Map.of("toestemming", true)), 200);
            for (int i = 1; i <= n; i++) {
                String id = "OD-" + code + "-" + i;
                String day = year + "-" + String.format("%02d", 1 + i % 12) + "-1" + (i % 9);
                jsonl.append("{\"zaakId\":\"").append(id).append("\",\"gemeenteCode\":\"").append(code)
                        .append("\",\"incidentDatum\":\"").append(day).append("\",\"aanhouding\":false,")
                        .append("\"huishouden\":[{\"persoonId\":\"").append(id).append("-U\",\"rol\":\"UITHUISGEPLAATSTE\",")
                        .append("\"geboortejaar\":1970}],\"rihg\":{\"afgerondOp\":\"").append(day)
                        .append("T10:00:00+01:00\",\"advies\":\"HUISVERBOD\"},\"huisverbod\":{\"opgelegdOp\":\"")
                        .append(day).append("T12:00:00+01:00\"").append(i % 2 == 0 ? ",\"verlengdOp\":\"" + day
                                + "T18:00:00+01:00\"" : "").append("},\"eersteContacten\":[{\"rol\":\"UITHUISGEPLAATSTE\",")
                        .append("\"op\":\"").append(day).append("T20:00:00+01:00\"}]}\n");
            }
        });
        JsonNode klaar = ZakenImporteren.importeer(api, BRON, jsonl.toString());
        assertThat(klaar.path("afgewezenAantal").asInt()).as(klaar.toString()).isZero();
    }

    @AfterEach
    void removeSource() {
        jdbc.sql("delete from stat_zaak where bron = ?").param(BRON).update();
        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 5)), 200);
    }

    @Test
    void the_open_tables_hold_the_numbers_the_researchers_dashboards_show() {
        int version = publish().path("versie").asInt();
        int compared = 0;
        for (OpenDataTable table : OpenDataTable.values()) {
            for (String level : LEVELS) {
                JsonNode dashboard = require(api.get("onderzoeker", "/api/v1/cijfers/" + table.key() + "?niveau="
                        + level + "&periode=JAAR&van=" + year + "-01-01&tot=" + (Integer.parseInt(year) + 1) + "-01-01"), 200).json();
                Map<String, JsonNode> open = new HashMap<>();
                for (JsonNode o : observations(null, table.key(), "versie=" + version + "&jaar=" + year + "&gebiedsniveau=" + level)) {
                    open.put(o.path("gebied").asString() + "|" + o.path("categorie").asString("") + "|"
                            + o.path("maat").asString(), o);
                }
                for (JsonNode row : dashboard.path("rijen")) {
                    for (OpenDataTable.Measure m : table.measures) {
                        JsonNode cell = row.path("cellen").get(column(dashboard, m.key()));
                        JsonNode o = open.get(row.path("gebied").asString() + "|" + row.path("categorie").asString("")
                                + "|" + m.key());
                        assertThat(o).as(table + " " + level + " " + row.path("gebied") + " " + m.key()).isNotNull();
                        if (!row.path("status").asString().equals("TELT")) {
                            assertThat(o.path("status").asString()).isEqualTo(row.path("status").asString());
                        } else if (cell.path("onderdrukt").asBoolean()) {
                            assertThat(o.path("status").asString()).isEqualTo("ONDERDRUKT");
                        } else if (cell.path("waarde").isNumber()) {
                            assertThat(o.path("waarde").asDouble()).as(table + " " + level + " " + m.key())
                                    .isEqualTo(cell.path("waarde").asDouble());
                            compared++;
                        } else {
                            assertThat(o.path("status").asString()).isEqualTo("GEEN_WAARDE");
                        }
                    }
                }
            }
        }
        assertThat(compared).as("numbers compared").isGreaterThanOrEqualTo(30);
        // a table by category: the first contact with the evicted person, within 24 hours for all 30 orders
        JsonNode contact = observations(null, "eerste-contact", "versie=" + version + "&jaar=" + year
                + "&gebiedsniveau=LAND&categorie=UITHUISGEPLAATSTE");
        assertThat(contact.findValuesAsString("maat")).startsWith("huisverboden", "binnen_24_uur");
        assertThat(contact.get(0).path("waarde").asDouble()).isGreaterThanOrEqualTo(30);
        assertThat(contact.get(1).path("waarde").asDouble()).isEqualTo(1.0);
        // and the fixture's own numbers where they may be shown: 30 orders in the nation, Utrecht's 20
        assertThat(value(version, "aantallen", "LAND", "NL", "huisverboden")).isGreaterThanOrEqualTo(30);
        assertThat(status(version, "aantallen", "VT_REGIO", "Drenthe", "huisverboden")).isEqualTo("ONDERDRUKT");
    }

    @Test
    void the_subtraction_attacker_recovers_nothing_from_the_open_tables() {
        int version = publish().path("versie").asInt();
        var attacker = new SubtractionAttacker();
        List<String> quantities = new ArrayList<>();
        for (String table : List.of("aantallen", "cohort", "eerste-contact")) {
            // level|area|category → measure → observation
            Map<String, Map<String, JsonNode>> rows = new HashMap<>();
            for (JsonNode o : observations(null, table, "versie=" + version + "&jaar=" + year)) {
                rows.computeIfAbsent(o.path("niveau").asString() + "|" + o.path("gebied").asString() + "|"
                        + o.path("categorie").asString(""), k -> new HashMap<>()).put(o.path("maat").asString(), o);
            }
            rows.forEach((key, measures) -> {
                String[] la = key.split("\\|", 3);
                JsonNode n = measures.get("huisverboden");
                measures.forEach((measure, o) -> {
                    if (measure.equals("conversie")) {
                        return; // a share of the RiHGs whose numerator is the orders: no number of its own
                    }
                    // the orders are the same number in every table (in eerste-contact once per role): one
                    // quantity, so a table that shows what another hides gives it away
                    String quantity = measure.equals("huisverboden") ? "huisverboden"
                            : table + (la[2].isEmpty() ? "" : ":" + la[2]) + ":" + measure;
                    var cell = new SubtractionAttacker.Cell(la[0], la[1], year, quantity);
                    String s = o.path("status").asString();
                    boolean count = measure.equals("huisverboden") || measure.equals("rihgs");
                    if (s.equals("GEEN_TOESTEMMING") || s.equals("GEEN_GEGEVENS")) {
                        attacker.know(cell, 0); // nothing counted there, and the reader knows it
                    } else if (s.equals("ONDERDRUKT") || !count && !n.path("status").asString().equals("WAARDE")) {
                        attacker.hide(cell);
                    } else if (s.equals("WAARDE")) {
                        // a share times the orders it is of gives the count back
                        attacker.know(cell, count ? o.path("waarde").asLong()
                                : Math.round(o.path("waarde").asDouble() * n.path("waarde").asDouble()));
                    }
                    if (!quantities.contains(cell.quantity())) {
                        quantities.add(cell.quantity());
                    }
                });
            });
        }
        var cells = attacker.cells();
        for (String q : quantities) {
            for (String level : REGIONS) {
                List<SubtractionAttacker.Cell> parts = cells.stream()
                        .filter(c -> c.level().equals(level) && c.quantity().equals(q)).toList();
                attacker.relation(new SubtractionAttacker.Cell("LAND", "NL", year, q), parts);
            }
        }
        assertThat(status(version, "aantallen", "VT_REGIO", "Drenthe", "huisverboden"))
                .as("the small cell the attacker is after").isEqualTo("ONDERDRUKT");
        assertThat(attacker.attack()).as("suppressed numbers worked out by subtraction").isEmpty();
    }

    @Test
    void a_version_never_changes_and_a_new_one_appears_only_when_the_numbers_change() {
        JsonNode first = publish();
        int version = first.path("versie").asInt();
        Api.Response again = api.post("beheerder", "/api/v1/open-data/versies", Map.of());
        assertThat(again.status()).as("the same numbers: no new version").isEqualTo(200);
        assertThat(again.json().path("versie").asInt()).isEqualTo(version);
        Api.Response file = require(api.get(null, "/open-data/v" + version + "/aantallen.csv", "text/csv"), 200);
        assertThat(file.header("Cache-Control")).as("a version's file never changes").contains("immutable");
        String csv = file.body();

        require(api.put("beheerder", "/api/v1/cijfer-instellingen", Map.of("drempel", 8)), 200);
        Api.Response changed = api.post("beheerder", "/api/v1/open-data/versies", Map.of());
        assertThat(changed.status()).isEqualTo(201);
        assertThat(changed.json().path("versie").asInt()).isEqualTo(version + 1);
        assertThat(changed.json().path("drempel").asInt()).isEqualTo(8);
        assertThat(changed.header("Location")).endsWith("/open-data/versies/" + (version + 1));
        assertThat(status(version + 1, "aantallen", "VT_REGIO", "Amsterdam-Amstelland", "huisverboden"))
                .as("7 is below the new threshold").isEqualTo("ONDERDRUKT");

        assertThat(require(api.get(null, "/open-data/v" + version + "/aantallen.csv", "text/csv"), 200).body())
                .as("the earlier version's file").isEqualTo(csv);
        JsonNode versions = require(api.get(null, "/api/v1/open-data/versies"), 200).json();
        assertThat(versions.get(0).path("versie").asInt()).isEqualTo(version + 1);
        Api.Response newest = api.get(null, "/open-data/aantallen.csv", "text/csv");
        assertThat(newest.status()).isEqualTo(302);
        assertThat(newest.header("Location")).endsWith("/open-data/v" + (version + 1) + "/aantallen.csv");
    }

    @Test
    void anyone_reads_the_open_data_and_its_descriptions_without_an_account_and_only_the_administrator_publishes() {
        int version = publish().path("versie").asInt();
        JsonNode tables = require(api.get(null, "/api/v1/open-data/tabellen"), 200).json();
        assertThat(tables.findValuesAsString("tabel")).containsExactly("aantallen", "cohort", "per-inwoners",
                "tijdigheid", "eerste-contact", "trechter");
        JsonNode aantallen = tables.get(0);
        assertThat(aantallen.path("versie").asInt()).isEqualTo(version);
        assertThat(aantallen.path("maten").findValuesAsString("sleutel")).containsExactly("rihgs", "huisverboden", "conversie");
        assertThat(aantallen.path("toelichting").toString()).contains("toestemming");

        Api.Response csv = api.get(null, "/api/v1/open-data/tabellen/aantallen/observaties?jaar=" + year + "&gebiedsniveau=LAND",
                "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", OpenData.CSV_COLUMNS));
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines[2]).contains(",huisverboden,LAND,NL,Nederland," + year + ",");
        // a year in which no source holds a case is no data, not a year of zero orders
        Integer empty = jdbc.sql("select min(y) from generate_series(2010, 2024) y where not exists (select 1 from"
                + " stat_zaak z where extract(year from coalesce(z.opgelegd_op, z.rihg_op) at time zone 'Europe/Amsterdam') = y)")
                .query(Integer.class).single();
        if (empty != null) {
            JsonNode none = observations(null, "aantallen", "versie=" + version + "&jaar=" + empty
                    + "&gebiedsniveau=LAND&maat=huisverboden");
            assertThat(none.get(0).path("status").asString()).isEqualTo("GEEN_GEGEVENS");
            assertThat(none.get(0).path("waarde").isNull()).isTrue();
        }

        JsonNode csvw = require(api.get(null, "/open-data/v" + version + "/aantallen.csv-metadata.json",
                "application/csvm+json"), 200).json();
        assertThat(csvw.path("url").asString()).endsWith("/open-data/v" + version + "/aantallen.csv");
        assertThat(csvw.path("tableSchema").path("columns").findValuesAsString("name"))
                .containsExactly("id", "maat", "niveau", "gebied", "gebiedsnaam", "periode", "waarde", "status");
        JsonNode dcat = require(api.get(null, "/api/v1/open-data/catalogus", "application/ld+json"), 200).json();
        assertThat(dcat.path("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(dcat.path("dcat:dataset")).hasSize(OpenDataTable.values().length);
        JsonNode byRole = require(api.get(null, "/open-data/v" + version + "/eerste-contact.csv-metadata.json",
                "application/csvm+json"), 200).json();
        assertThat(byRole.path("tableSchema").path("columns").findValuesAsString("name"))
                .containsExactly("id", "maat", "niveau", "gebied", "gebiedsnaam", "periode", "categorie", "waarde", "status");
        assertThat(byRole.path("notes").toString()).as("every category named").contains("UITHUISGEPLAATSTE: ");
        assertThat(require(api.get(null, "/open-data/v" + version + "/eerste-contact.csv", "text/csv"), 200).body())
                .startsWith("id,maat,niveau,gebied,gebiedsnaam,periode,categorie,waarde,status\r\n")
                .contains(",UITHUISGEPLAATSTE,");
        assertThat(dcat.path("dcat:dataset").get(0).path("owl:versionInfo").asString()).isEqualTo(String.valueOf(version));
        assertThat(dcat.path("dcat:dataset").get(0).path("dcat:distribution").get(0).path("dcat:downloadURL")
                .path("@id").asString()).endsWith("/open-data/v" + version + "/aantallen.csv");
        Api.Response page = api.get(null, "/open-data", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("aantallen-v" + version + ".csv");

        assertThat(api.post(null, "/api/v1/open-data/versies", Map.of()).status()).isEqualTo(401);
        assertThat(api.post("onderzoeker", "/api/v1/open-data/versies", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void a_misspelt_filter_is_refused_naming_every_field_not_answered_with_an_empty_table() {
        publish();
        Api.Response r = api.get(null, "/api/v1/open-data/tabellen/aantallen/observaties?gebiedsniveau=GEMEENTE"
                + "&gebied=Atlantis&jaar=1990&maat=bevelen");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().path("invalidParams").findValuesAsString("name"))
                .containsExactlyInAnyOrder("gebiedsniveau", "gebied", "jaar", "maat");
        assertThat(r.body()).contains("VT_REGIO", "huisverboden", "Geef een jaar van 2009 tot en met");
        Api.Response category = api.get(null, "/api/v1/open-data/tabellen/trechter/observaties?categorie=HOND");
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().path("invalidParams").findValuesAsString("name")).containsExactly("categorie");
        assertThat(api.get(null, "/api/v1/open-data/tabellen/aantallen/observaties?categorie=UITHUISGEPLAATSTE")
                .json().path("invalidParams").get(0).path("reason").asString()).contains("geen categorie");
        assertThat(api.get(null, "/api/v1/open-data/tabellen/aantallen/observaties?versie=twee").status()).isEqualTo(400);
        assertThat(api.get(null, "/api/v1/open-data/tabellen/aantallen?versie=99999").status()).isEqualTo(404);
        assertThat(api.get(null, "/api/v1/open-data/tabellen/geheim").status()).isEqualTo(404);
    }

    private JsonNode publish() {
        Api.Response r = api.post("beheerder", "/api/v1/open-data/versies", Map.of());
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r.json();
    }

    private JsonNode observations(String user, String table, String query) {
        return require(api.get(user, "/api/v1/open-data/tabellen/" + table + "/observaties?pageSize=1000&" + query), 200)
                .json();
    }

    private JsonNode one(int version, String table, String level, String area, String measure) {
        JsonNode list = observations(null, table, "versie=" + version + "&jaar=" + year + "&gebiedsniveau=" + level
                + "&gebied=" + java.net.URLEncoder.encode(area, java.nio.charset.StandardCharsets.UTF_8) + "&maat=" + measure);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private double value(int version, String table, String level, String area, String measure) {
        return one(version, table, level, area, measure).path("waarde").asDouble();
    }

    private String status(int version, String table, String level, String area, String measure) {
        return one(version, table, level, area, measure).path("status").asString();
    }

    private static int column(JsonNode t, String key) {
        for (int i = 0; i < t.path("kolommen").size(); i++) {
            if (t.path("kolommen").get(i).path("sleutel").asString().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key);
    }
}
