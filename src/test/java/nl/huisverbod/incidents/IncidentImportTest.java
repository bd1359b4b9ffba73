package nl.huisverbod.incidents;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The police incident import (docs/import-politie-incidenten.md): good lines stored and linked to the cases
 * of the same people or address, bad lines reported with their number and every reason, a second import
 * updating instead of duplicating; repeat violence for the case; the missed-cases worklist.
 */
@IntegrationTest
class IncidentImportTest extends ApiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    nl.huisverbod.identity.Organisations organisations;

    static final String HEADER = String.join(",", PolitieImport.HEADER);

    Api.Response importCsv(String user, String csv) {
        return api.postCsv(user, "/api/v1/politie-incidenten", csv);
    }

    @Test
    void good_lines_are_linked_bad_lines_are_reported_and_a_second_import_updates() throws Exception {
        // a case registered on 27 December 2024 in Assen: Piet (evicted, born 1985-03-14) and Ineke
        clock.set(ZonedDateTime.of(2024, 12, 27, 22, 0, 0, 0, LegalTime.ZONE).toInstant());
        String id = cases.register("hovj", "GM0106");
        String house = api.get("hovj", "/api/v1/dossiers/" + id).json().path("adres").path("huisnummer").asString();
        clock.reset();

        String csv = String.join("\n", HEADER,
                // 2: Piet by name and date of birth, three months later: repeat violence
                "PL-T-1,2025-03-20,FYSIEK,9401 AB," + house + ",GM0106,,Piet,Testpersoon,1985-03-14,,,,",
                // 3: three errors on one line
                "PL-T-2,20-03-2025,SCHOPPEN,94 AB,1,GM0106,,Piet,Testpersoon,1985-03-14,,,,",
                // 4 and 6: an unknown address twice: a missed case
                "PL-T-3,2026-06-01,BEDREIGING,9999 ZZ,7,GM0106,,Karel,Onbekend,1970-01-01,,,,",
                // 5: a municipality of another police unit
                "PL-T-4,2026-06-02,FYSIEK,1011 AB,1,GM0363,,Jan,Elders,1980-01-01,,,,",
                "PL-T-5,2026-07-01,FYSIEK,9999 ZZ,7,GM0106,,Karel,Onbekend,1970-01-01,,,,",
                // 7: a BSN that fails the elfproef, and nobody else
                "PL-T-6,2026-07-02,FYSIEK,,,GM0106,123456789,,,,,,,",
                "");
        Api.Response first = importCsv("agent", csv);
        require(first, 200);
        JsonNode r = first.json();
        assertThat(r.path("regels").asInt()).isEqualTo(6);
        assertThat(r.path("nieuw").asInt()).isEqualTo(3);
        assertThat(r.path("gekoppeld").asInt()).isEqualTo(1);
        Map<Integer, String> rejected = new java.util.HashMap<>();
        r.path("afgewezen").forEach(a -> rejected.put(a.path("regel").asInt(), a.path("redenen").toString()));
        assertThat(rejected.keySet()).containsExactlyInAnyOrder(3, 5, 7);
        assertThat(rejected.get(3)).contains("datum: Ongeldige waarde.", "aard: Ongeldige waarde.",
                "postcode: Vul een postcode in als 1234 AB.");
        assertThat(rejected.get(5)).contains("politie-eenheid Amsterdam");
        assertThat(rejected.get(7)).contains("elfproef");

        // the same file again: updated, not added twice
        JsonNode again = importCsv("agent", csv).json();
        assertThat(again.path("nieuw").asInt()).isZero();
        assertThat(again.path("bijgewerkt").asInt()).isEqualTo(3);

        // the case: one linked incident, by name and date of birth, within 12 months: repeat violence
        JsonNode herhaling = api.get("vt.drenthe", "/api/v1/dossiers/" + id + "/incidenten?maanden=12&bronnen=POLITIE").json();
        assertThat(herhaling.path("incidenten")).hasSize(1);
        assertThat(herhaling.path("incidenten").get(0).path("grond").asString()).isEqualTo("NAAM_GEBOORTEDATUM");
        assertThat(herhaling.path("uitkomst").path("nieuweIncidenten").asInt()).isEqualTo(1);
        assertThat(herhaling.path("uitkomst").path("dagenTotEerste").asLong()).isEqualTo(83);
        assertThat(herhaling.path("uitkomst").path("vensterVerstreken").asBoolean()).isTrue();
        // the set of that day, as figures for the researcher
        JsonNode set = api.get("onderzoeker", "/api/v1/herhaald-geweld?van=2024-12-27&tot=2024-12-27&maanden=12").json();
        assertThat(set.path("n").asInt()).isEqualTo(1);
        assertThat(set.path("aanwezigheid").asDouble()).isEqualTo(1.0);
        assertThat(api.get("reclassering", "/api/v1/herhaald-geweld?van=2024-12-27&tot=2024-12-27").status()).isEqualTo(403);

        // the unknown address with two incidents and no risk assessment is on the knowledge centre's list
        JsonNode missed = api.get("agent", "/api/v1/gemiste-zaken").json();
        assertThat(missed.toString()).contains("9999 ZZ");
        assertThat(api.get("vt.drenthe", "/api/v1/gemiste-zaken").status()).isEqualTo(403);
        // and Karel, in both incidents there, as a person
        assertThat(api.get("agent", "/api/v1/gemiste-zaken/personen").json().toString()).contains("Karel Onbekend");
    }

    @Test
    void a_file_with_the_wrong_header_is_refused_and_only_the_police_import() throws Exception {
        Api.Response wrong = importCsv("agent", "nummer,datum\nX,2025-01-01\n");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("invalidParams").get(0).path("name").asString()).isEqualTo("bestand");
        assertThat(importCsv("vt.drenthe", HEADER + "\n").status()).isEqualTo(403);
    }

    @Test
    void youth_protection_reports_its_own_incidents_on_a_case_it_works_on() {
        String id = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        String c = "/api/v1/dossiers/" + id;
        require(api.post("vt.drenthe", c + "/hulpverlening/aanvaarding", Map.of()), 201);
        var jb = organisations.ofType(nl.huisverbod.identity.OrganisationType.ZORGAANBIEDER).stream()
                .filter(o -> o.name().equals("Jeugdbescherming Noord")).findFirst().orElseThrow().id();
        require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "PARTNER",
                "partnerSoort", "JEUGDBESCHERMING", "organisationId", jb)), 201);
        String kind = null;
        for (JsonNode p : api.get("vt.drenthe", c).json().path("personen")) {
            if (p.path("rol").asString().equals("KIND")) {
                kind = p.path("id").asString();
            }
        }
        Map<String, Object> melding = Map.of("bron", "JEUGDBESCHERMING", "nummer", "JB-2026-1",
                "datum", LocalDate.now().toString(), "aard", "PSYCHISCH", "persoonIds", java.util.List.of(kind));
        require(api.post("jeugd", c + "/incidenten", melding), 201);
        assertThat(api.post("jeugd", c + "/incidenten", Map.of("bron", "POLITIE", "nummer", "X", "datum",
                LocalDate.now().toString(), "aard", "FYSIEK", "persoonIds", java.util.List.of(kind))).status()).isEqualTo(403);
        assertThat(api.get("vt.drenthe", c + "/incidenten").json().path("incidenten").toString()).contains("JEUGDBESCHERMING");
    }
}
