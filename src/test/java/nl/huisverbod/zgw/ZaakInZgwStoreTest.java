package nl.huisverbod.zgw;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.ZgwStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A municipality that links its ZGW store gets each of its orders there as a zaak with its besluiten,
 * beschikking documents, statuses and resultaat, every request valid against the published Zaken 1.5.1,
 * Besluiten 1.0.2 and Documenten 1.4.3 specifications (Prism refuses anything else); another municipality's
 * order does not reach it.
 */
@IntegrationTest
class ZaakInZgwStoreTest extends ApiTestSupport {

    private static final String CATALOGUE = "https://catalogi.assen.example/catalogi/api/v1/";
    private static ZgwStore store;

    @BeforeAll
    static void startStore() {
        store = ZgwStore.start();
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    @BeforeEach
    void countOnlyThisTestsCalls() {
        store.forgetCalls();
    }

    /** The other tests of the shared database impose orders too: no link stays after a test. */
    @AfterEach
    void endLinks() {
        api.get("beheerder", "/api/v1/abonnementen").json().valueStream()
                .filter(s -> s.path("beeindigd").isNull())
                .forEach(s -> require(api.delete("beheerder", "/api/v1/abonnementen/" + s.path("id").asString()), 204));
    }

    private Map<String, Object> link() {
        Map<String, Object> l = new HashMap<>();
        l.put("systeem", "systeem.gemeente-assen");
        l.put("zakenUrl", store.root("zaken"));
        l.put("besluitenUrl", store.root("besluiten"));
        l.put("documentenUrl", store.root("documenten"));
        l.put("rsin", "001005650");
        l.put("zaaktype", CATALOGUE + "zaaktypen/8f2c1b6e-0000-4000-8000-000000000001");
        l.put("besluittypeOplegging", CATALOGUE + "besluittypen/oplegging");
        l.put("besluittypeVerlenging", CATALOGUE + "besluittypen/verlenging");
        l.put("besluittypeIntrekking", CATALOGUE + "besluittypen/intrekking");
        l.put("statustypeOpgelegd", CATALOGUE + "statustypen/opgelegd");
        l.put("statustypeVerlengd", CATALOGUE + "statustypen/verlengd");
        l.put("statustypeBeeindigd", CATALOGUE + "statustypen/beeindigd");
        l.put("resultaattype", CATALOGUE + "resultaattypen/afgehandeld");
        l.put("informatieobjecttype", CATALOGUE + "informatieobjecttypen/beschikking");
        l.put("clientId", "huisverbod-keten");
        l.put("secret", "een-geheim-dat-open-zaak-uitgaf");
        return l;
    }

    @Test
    void an_order_imposed_extended_and_withdrawn_becomes_a_zaak_with_its_besluiten_documents_and_resultaat() {
        JsonNode created = require(api.post("beheerder", "/api/v1/zgw-koppelingen", link()), 201).json();
        String subscription = created.path("subscriptionId").asString();
        assertThat(created.toString()).doesNotContain("een-geheim-dat-open-zaak-uitgaf");

        String elsewhere = cases.readyForDecision("hovj.amsterdam", "GM0363");
        require(api.post("hovj.amsterdam", "/api/v1/dossiers/" + elsewhere + "/besluit", cases.impose("Mishandeling.")), 200);
        String id = cases.readyForDecision("hovj", "GM0106");
        JsonNode hv = require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200).json();
        String nummer = api.get("hovj", "/api/v1/dossiers/" + id).json().path("nummer").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> store.calls("zaken", "POST", "zaakinformatieobjecten").size() == 1);

        JsonNode zaak = store.calls("zaken", "POST", "zaken").get(0).body();
        Instant imposedAt = Instant.parse(hv.path("opgelegdOp").asString());
        LocalDate imposedOn = imposedAt.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        assertThat(zaak.path("identificatie").asString()).isEqualTo(nummer);
        assertThat(zaak.path("zaaktype").asString()).endsWith("zaaktypen/8f2c1b6e-0000-4000-8000-000000000001");
        assertThat(zaak.path("startdatum").asString()).isEqualTo(imposedOn.toString());
        assertThat(zaak.path("uiterlijkeEinddatumAfdoening").asString()).isEqualTo(imposedOn.plusDays(10).toString());
        assertThat(zaak.path("archiefnominatie").asString()).isEqualTo("vernietigen");
        assertThat(zaak.toString()).as("no names in the zaak").doesNotContain("Jansen").doesNotContain("Mishandeling");
        JsonNode oplegging = store.calls("besluiten", "POST", "besluiten").get(0).body();
        assertThat(oplegging.path("besluittype").asString()).endsWith("besluittypen/oplegging");
        assertThat(oplegging.path("ingangsdatum").asString()).isEqualTo(imposedOn.toString());
        assertThat(oplegging.path("vervaldatum").asString()).isEqualTo(imposedOn.plusDays(10).toString());
        assertThat(oplegging.path("vervalreden").asString()).isEqualTo("tijdelijk");
        JsonNode document = store.calls("documenten", "POST", "enkelvoudiginformatieobjecten").get(0).body();
        byte[] pdf = java.util.Base64.getDecoder().decode(document.path("inhoud").asString());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(document.path("integriteit").path("algoritme").asString()).isEqualTo("sha_256");
        assertThat(store.calls("zaken", "POST", "statussen")).hasSize(1);
        assertThat(store.calls()).allSatisfy(c -> {
            assertThat(c.header("Authorization")).startsWith("Bearer ey");
            assertThat(c.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        });

        // extended, then withdrawn: a verlengingsbesluit, then an intrekking that ends both besluiten
        hv = require(api.post("burgemeester.assen", "/api/v1/dossiers/" + id + "/verlenging", Map.of(
                "version", hv.path("version").asInt(), "eindigtOp", imposedAt.plus(Duration.ofDays(20)).toString(),
                "redenen", "Dreiging houdt aan.", "nietGehoordReden", "Niet bereikbaar.",
                "zorgadviesOntbreektReden", "Spoed.", "beleidsadviesOntbreektReden", "Spoed.")), 200).json();
        require(api.post("burgemeester.assen", "/api/v1/dossiers/" + id + "/intrekking", Map.of(
                "version", hv.path("version").asInt(), "reden", "HULP_AANVAARD")), 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.calls("zaken", "POST", "statussen").size() == 3);

        List<JsonNode> besluiten = store.calls("besluiten", "POST", "besluiten").stream().map(ZgwStore.Call::body).toList();
        assertThat(besluiten).extracting(b -> b.path("besluittype").asString().replaceAll(".*/", ""))
                .containsExactly("oplegging", "verlenging", "intrekking");
        assertThat(besluiten.get(1).path("vervaldatum").asString()).isEqualTo(imposedOn.plusDays(20).toString());
        assertThat(store.calls("besluiten", "PATCH", "besluiten")).hasSize(2).allSatisfy(c -> {
            assertThat(c.body().path("vervalreden").asString()).isEqualTo("ingetrokken_overheid");
        });
        assertThat(store.calls("besluiten", "POST", "besluitinformatieobjecten")).hasSize(3);
        assertThat(store.calls("zaken", "POST", "zaakinformatieobjecten")).hasSize(3);
        assertThat(store.calls("zaken", "POST", "resultaten")).hasSize(1);
        List<ZgwStore.Call> patches = store.calls("zaken", "PATCH", "zaken");
        assertThat(patches.get(0).body().path("verlenging").path("duur").asString()).isEqualTo("P10D");
        LocalDate today = clock.instant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        assertThat(patches.get(patches.size() - 1).body().path("archiefactiedatum").asString())
                .as("five years after the last decision (Wth 10)").isEqualTo(today.plusYears(5).toString());
        List<String> order = store.calls().stream().filter(c -> c.resource().equals("resultaten")
                || c.resource().equals("statussen")).map(ZgwStore.Call::resource).toList();
        assertThat(order).as("the resultaat before the eindstatus").containsExactly("statussen", "statussen", "resultaten", "statussen");

        // every request passed the specification the first time: no refused attempt in the delivery log
        assertThat(api.get("beheerder", "/api/v1/abonnementen/" + subscription + "/afleveringen").json().valueStream())
                .isNotEmpty().allSatisfy(a -> assertThat(a.path("afgeleverd").asBoolean()).as(a.toString()).isTrue());
        // nothing of the Amsterdam order: the account may not know it
        assertThat(store.calls("zaken", "POST", "zaken")).hasSize(1);
        // the beschikkingen were read by the municipality's system, in the audit trail
        assertThat(api.get("beheerder", "/api/v1/audit-regels?dossierId=" + id + "&gebruikersnaam=systeem.gemeente-assen")
                .json().valueStream().filter(e -> e.path("objectType").asString().equals("beschikking"))
                .map(e -> e.path("objectId").asString()).distinct()).hasSize(3);
    }

    @Test
    void a_store_linked_while_orders_run_gets_those_since_the_day_it_names_and_no_earlier_or_other_ones() {
        clock.set(Instant.parse("2031-06-10T08:00:00Z")); // after the orders of the other tests
        String before = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + before + "/besluit", cases.impose("Mishandeling.")), 200);
        clock.set(Instant.parse("2031-06-13T22:30:00Z")); // the 14th in Assen
        String running = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + running + "/besluit", cases.impose("Bedreiging.")), 200);
        String elsewhere = cases.readyForDecision("hovj.amsterdam", "GM0363");
        require(api.post("hovj.amsterdam", "/api/v1/dossiers/" + elsewhere + "/besluit", cases.impose("Bedreiging.")), 200);

        Map<String, Object> wrong = link();
        wrong.put("overnemenVanaf", "2031-06-15");
        assertThat(api.post("beheerder", "/api/v1/zgw-koppelingen", wrong).json().path("invalidParams").valueStream()
                .map(p -> p.path("name").asString())).as("a day that has not begun").containsExactly("overnemenVanaf");
        wrong.put("overnemenVanaf", "gisteren");
        assertThat(api.post("beheerder", "/api/v1/zgw-koppelingen", wrong).status()).isEqualTo(400);

        Map<String, Object> l = link();
        l.put("overnemenVanaf", "2031-06-14");
        String subscription = require(api.post("beheerder", "/api/v1/zgw-koppelingen", l), 201).json()
                .path("subscriptionId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("beheerder", "/api/v1/abonnementen/" + subscription)
                .json().path("wachtend").asLong() == 0 && !store.calls("zaken", "POST", "zaakinformatieobjecten").isEmpty());
        String nummer = api.get("hovj", "/api/v1/dossiers/" + running).json().path("nummer").asString();
        assertThat(store.calls("zaken", "POST", "zaken")).as("only the order since the 14th, and only Assen's")
                .extracting(c -> c.body().path("identificatie").asString()).containsExactly(nummer);
        assertThat(store.calls("besluiten", "POST", "besluiten")).hasSize(1);
    }

    @Test
    void the_contract_mock_refuses_a_zaak_the_specification_does_not_allow() throws Exception {
        int before = store.calls("zaken", "POST", "zaken").size();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(store.root("zaken") + "zaken"))
                .header("Content-Type", "application/json").header("Accept-Crs", "EPSG:4326")
                .header("Content-Crs", "EPSG:4326").header("Authorization", "Bearer x.y.z")
                .POST(HttpRequest.BodyPublishers.ofString("{\"bronorganisatie\": \"1234567890\", \"startdatum\": \"gisteren\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(store.calls("zaken", "POST", "zaken")).hasSize(before);
    }

    @Test
    void a_link_names_every_field_that_is_wrong() {
        Map<String, Object> bad = link();
        bad.put("rsin", "12");
        bad.put("zaaktype", "zaaktype");
        bad.put("besluitenUrl", "ftp://elders");
        bad.remove("secret");
        var r = api.post("beheerder", "/api/v1/zgw-koppelingen", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("invalidParams").valueStream().map(p -> p.path("name").asString()))
                .contains("rsin", "zaaktype", "besluitenUrl", "secret");
        assertThat(api.post("jurist.assen", "/api/v1/zgw-koppelingen", link()).status()).isEqualTo(403);
    }

    @Test
    void only_the_functional_administrator_sees_or_sets_up_a_zgw_link() {
        String id = require(api.post("beheerder", "/api/v1/zgw-koppelingen", link()), 201).json()
                .path("subscriptionId").asString();
        assertThat(api.get("beheerder", "/api/v1/zgw-koppelingen/" + id).status()).isEqualTo(200);
        for (String user : List.of("hovj", "agent", "burgemeester.assen", "jurist.assen", "vt.drenthe", "amw",
                "om.noord", "onderzoeker")) {
            assertThat(api.get(user, "/api/v1/zgw-koppelingen").status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/zgw-koppelingen/" + id).status()).as(user).isEqualTo(404);
            assertThat(api.post(user, "/api/v1/zgw-koppelingen", link()).status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "/api/v1/abonnementen/" + id).status()).as(user).isEqualTo(404);
        }
        assertThat(api.asSystem("systeem.gemeente-assen").get(null, "/api/v1/zgw-koppelingen").status()).isEqualTo(403);
    }
}
