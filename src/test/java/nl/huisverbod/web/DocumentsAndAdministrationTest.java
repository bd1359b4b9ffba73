package nl.huisverbod.web;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The police report travels with the file; the administrator maintains mandates and answers AVG requests. */
@IntegrationTest
class DocumentsAndAdministrationTest extends ApiTestSupport {

    @Test
    void the_police_report_reaches_veilig_thuis_with_the_file_and_only_real_documents_are_accepted() {
        String id = cases.register("hovj", "GM0106");
        byte[] report = Api.samplePdf("Proces-verbaal van bevindingen");
        Api.Response uploaded = api.upload("agent", "/api/v1/dossiers/" + id + "/documenten",
                Map.of("soort", "POLITIERAPPORT"), "../../pv 2026-1234.pdf", report);
        require(uploaded, 201);
        assertThat(uploaded.json().path("filename").asString()).isEqualTo("pv 2026-1234.pdf");
        assertThat(uploaded.json().path("contentType").asString()).isEqualTo("application/pdf");

        JsonNode list = api.get("vt.drenthe", "/api/v1/dossiers/" + id + "/documenten").json();
        assertThat(list).hasSize(1);
        Api.Response download = api.get("vt.drenthe", "/api/v1/dossiers/" + id + "/documenten/"
                + list.get(0).path("id").asString());
        assertThat(download.bytes()).isEqualTo(report);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("hovj.amsterdam", "/api/v1/dossiers/" + id + "/documenten/"
                + list.get(0).path("id").asString()).status()).isEqualTo(403);

        Api.Response disguised = api.upload("agent", "/api/v1/dossiers/" + id + "/documenten",
                Map.of("soort", "POLITIERAPPORT"), "rapport.pdf", "<script>alert(1)</script>".getBytes());
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.body()).contains("document.type");
        byte[] polyglot = "%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF".getBytes();
        Api.Response posing = api.upload("agent", "/api/v1/dossiers/" + id + "/documenten",
                Map.of("soort", "POLITIERAPPORT"), "rapport.pdf", polyglot);
        assertThat(posing.status()).as("a PDF header in front of HTML").isEqualTo(400);
        assertThat(posing.body()).contains("document.malformed");
        byte[] truncated = java.util.Arrays.copyOf(report, 40);
        assertThat(api.upload("agent", "/api/v1/dossiers/" + id + "/documenten", Map.of("soort", "POLITIERAPPORT"),
                "kapot.pdf", truncated).body()).contains("document.malformed");
        Api.Response nothing = api.upload("agent", "/api/v1/dossiers/" + id + "/documenten", Map.of(), null, null);
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body()).contains("\"soort\"", "document.empty");
        assertThat(api.get("vt.drenthe", "/api/v1/dossiers/" + id + "/documenten").json()).hasSize(1);
    }

    @Test
    void the_administrator_sets_a_municipalitys_mandate_and_the_decision_follows_it() {
        String code = "GM1680"; // Aa en Hunze
        assertThat(api.put("hovj", "/api/v1/gemeenten/" + code + "/beleid", Map.of("mandaat", "GEEN")).status())
                .isEqualTo(403);
        Api.Response unknown = api.put("beheerder", "/api/v1/gemeenten/" + code + "/beleid",
                Map.of("mandaat", "ONDERTEKENING", "hulpverleningsorganisatie", "Bestaat Niet"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("hulpverleningsorganisatie");
        String before = api.get("beheerder", "/api/v1/gemeenten/" + code).json().path("policy").path("mandaat").asString();
        require(api.put("beheerder", "/api/v1/gemeenten/" + code + "/beleid",
                Map.of("mandaat", "ONDERTEKENING", "hulpverleningsorganisatie", "Veilig Thuis Drenthe")), 200);
        try {
            String id = cases.readyForDecision("hovj", code);
            assertThat(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("feiten")).json()
                    .path("status").asString()).isEqualTo("VOORGESTELD");
        } finally {
            require(api.put("beheerder", "/api/v1/gemeenten/" + code + "/beleid", Map.of("mandaat", before)), 200);
        }
        List<String> changes = new ArrayList<>();
        api.get("beheerder", "/api/v1/audit-regels?gebruikersnaam=beheerder").json()
                .forEach(e -> changes.add(e.path("details").asString()));
        assertThat(changes).anyMatch(c -> c.startsWith(code + ": ") && c.contains("-> ONDERTEKENING"));
    }

    @Test
    void an_avg_access_request_shows_everyone_who_looked_at_the_person_with_that_bsn() {
        var body = cases.registration("GM0106", cases.household(java.time.LocalDate.of(1984, 2, 2)));
        @SuppressWarnings("unchecked")
        var staying = new HashMap<>((Map<String, Object>) ((List<?>) body.get("personen")).get(1));
        staying.put("bsn", "999993653");
        @SuppressWarnings("unchecked")
        List<Object> persons = new ArrayList<>((List<Object>) body.get("personen"));
        persons.set(1, staying);
        body.put("personen", persons);
        String id = api.post("hovj", "/api/v1/dossiers", body).json().path("id").asString();
        api.get("vt.drenthe", "/api/v1/dossiers/" + id);

        assertThat(api.get("vt.drenthe", "/api/v1/audit-regels/inzage?bsn=999993653").status()).isEqualTo(403);
        assertThat(api.get("beheerder", "/api/v1/audit-regels/inzage?bsn=123456789").status()).isEqualTo(400);
        List<String> who = new ArrayList<>();
        api.get("beheerder", "/api/v1/audit-regels/inzage?bsn=9999.93.653").json().forEach(e ->
                who.add(e.path("username").asString() + " " + e.path("action").asString()));
        assertThat(who).contains("hovj WRITE", "vt.drenthe READ");
        List<String> lookups = new ArrayList<>();
        api.get("beheerder", "/api/v1/audit-regels?gebruikersnaam=beheerder").json()
                .forEach(e -> lookups.add(e.path("details").asString()));
        assertThat(lookups).contains("BSN ******653").doesNotContain("BSN 999993653");
    }
}
