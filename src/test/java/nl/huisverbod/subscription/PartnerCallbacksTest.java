package nl.huisverbod.subscription;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.CallbackReceiver;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner systems subscribe to the events they may know of and receive each as a signed callback, in order,
 * once by its id, also after they were down; a system of another organisation is told nothing it may not see.
 */
@IntegrationTest
class PartnerCallbacksTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POLICE_SYSTEM = "systeem.politie-noord-nederland";
    private static final String MUNICIPALITY_SYSTEM = "systeem.gemeente-assen";

    private JsonNode subscribe(Api system, String url, String format, List<String> kinds) {
        return require(system.post(null, "/api/v1/abonnementen",
                Map.of("callbackUrl", url, "formaat", format, "soorten", kinds)), 201).json();
    }

    private String imposedCase(String hovj, String gemeente) {
        String id = cases.readyForDecision(hovj, gemeente);
        require(api.post(hovj, "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        return id;
    }

    private void reportBreach(String dossierId) {
        Instant imposedAt = Instant.parse(api.get("hovj", "/api/v1/dossiers/" + dossierId + "/huisverbod").json()
                .path("opgelegdOp").asString());
        clock.set(imposedAt.plusSeconds(120));
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", imposedAt.plusSeconds(60).toString());
        body.put("vorm", "AANWEZIG_BIJ_WONING");
        body.put("gemeldDoor", "POLITIE");
        body.put("bronVertrouwelijk", false);
        body.put("beschrijving", "Stond voor de deur.");
        require(api.post("agent", "/api/v1/dossiers/" + dossierId + "/overtredingen", body), 201);
    }

    /** The other tests of the shared database impose orders too: nothing stays subscribed after a test. */
    @AfterEach
    void endSubscriptions() {
        api.get("beheerder", "/api/v1/abonnementen").json().valueStream()
                .filter(s -> s.path("beeindigd").isNull())
                .forEach(s -> require(api.delete("beheerder", "/api/v1/abonnementen/" + s.path("id").asString()), 204));
    }

    private static List<JsonNode> bodies(CallbackReceiver r) {
        return r.received().stream().map(c -> JSON.readTree(c.body())).toList();
    }

    @Test
    void a_partner_system_gets_each_event_it_may_know_once_signed_and_in_order_also_after_it_was_down() {
        try (CallbackReceiver police = CallbackReceiver.start(); CallbackReceiver municipality = CallbackReceiver.start()) {
            Api policeSystem = api.asSystem(POLICE_SYSTEM);
            JsonNode created = subscribe(policeSystem, police.url(), "CLOUDEVENTS",
                    List.of("huisverbod-opgelegd", "overtreding-gemeld"));
            String secret = created.path("geheim").asString();
            assertThat(secret).startsWith("whsec_");
            String subscription = created.path("abonnement").path("id").asString();
            subscribe(api.asSystem(MUNICIPALITY_SYSTEM), municipality.url(), "ZGW_NOTIFICATIE",
                    List.of("huisverbod-opgelegd"));

            String first = imposedCase("hovj", "GM0106");
            String elsewhere = imposedCase("hovj.amsterdam", "GM0363");
            await().atMost(Duration.ofSeconds(20)).until(() -> police.received().size() == 1
                    && municipality.received().size() == 1);

            police.goDown();
            reportBreach(first);
            String second = imposedCase("hovj", "GM0106");
            await().atMost(Duration.ofSeconds(20)).until(() -> policeSystem.get(null,
                    "/api/v1/abonnementen/" + subscription + "/afleveringen").json().valueStream()
                    .filter(a -> !a.path("afgeleverd").asBoolean()).count() >= 2);
            police.comeBack();
            await().atMost(Duration.ofSeconds(30)).until(() -> police.received().size() >= 3);
            // nothing more arrives: every event once
            await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

            List<CallbackReceiver.Received> got = police.received();
            assertThat(got).hasSize(3).allSatisfy(c -> assertThat(c.signedWith(secret)).isTrue());
            assertThat(got.stream().map(c -> c.header("webhook-id")).distinct()).hasSize(3);
            assertThat(got).allSatisfy(c -> assertThat(c.header("Content-Type")).isEqualTo("application/cloudevents+json"));
            assertThat(bodies(police)).extracting(b -> b.path("type").asString() + " " + b.path("subject").asString())
                    .as("in the order they happened")
                    .containsExactly("nl.huisverbod.huisverbod-opgelegd dossiers/" + first,
                            "nl.huisverbod.overtreding-gemeld dossiers/" + first,
                            "nl.huisverbod.huisverbod-opgelegd dossiers/" + second);
            assertThat(got).allSatisfy(c -> assertThat(c.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));

            // a link, no personal data: the receiver fetches it with its own authorisation
            JsonNode event = bodies(police).get(0);
            assertThat(event.path("id").asString()).isEqualTo(got.get(0).header("webhook-id"));
            String link = event.path("data").path("resourceUrl").asString();
            assertThat(link).endsWith("/api/v1/dossiers/" + first + "/huisverbod");
            assertThat(policeSystem.get(null, link.substring(link.indexOf("/api/v1"))).status()).isEqualTo(200);
            assertThat(got).allSatisfy(c -> assertThat(c.body()).doesNotContainIgnoringCase("mishandeling")
                    .doesNotContain("Stond voor de deur").doesNotContain(elsewhere));

            // the municipality's ZGW store is told of its own orders only, in the Notificaties format
            await().atMost(Duration.ofSeconds(10)).until(() -> municipality.received().size() >= 2);
            assertThat(municipality.received()).hasSize(2);
            JsonNode zgw = bodies(municipality).get(0);
            assertThat(zgw.path("kanaal").asString()).isEqualTo("huisverboden");
            assertThat(zgw.path("actie").asString()).isEqualTo("huisverbod-opgelegd");
            assertThat(zgw.path("resource").asString()).isEqualTo("huisverbod");
            assertThat(zgw.path("hoofdObject").asString()).endsWith("/api/v1/dossiers/" + first);
            assertThat(zgw.path("kenmerken").path("gemeente").asString()).isEqualTo("GM0106");
            assertThat(Instant.parse(zgw.path("aanmaakdatum").asString())).isNotNull();

            // the delivery log shows the outage and the catching up
            JsonNode log = policeSystem.get(null, "/api/v1/abonnementen/" + subscription + "/afleveringen").json();
            assertThat(log.valueStream().filter(a -> a.path("afgeleverd").asBoolean()).count()).isEqualTo(3);
            assertThat(log.valueStream().filter(a -> a.path("httpStatus").isNull()).count()).isGreaterThanOrEqualTo(2);
            assertThat(policeSystem.get(null, "/api/v1/abonnementen/" + subscription).json().path("wachtend").asLong())
                    .isZero();
        }
    }

    @Test
    void a_subscription_is_its_owners_and_invalid_requests_name_every_field() {
        Api police = api.asSystem(POLICE_SYSTEM);
        JsonNode created = subscribe(police, "http://127.0.0.1:9/notificaties", "ZGW_NOTIFICATIE",
                List.of("huisverbod-ingetrokken"));
        String id = created.path("abonnement").path("id").asString();
        Api municipality = api.asSystem(MUNICIPALITY_SYSTEM);
        assertThat(municipality.get(null, "/api/v1/abonnementen/" + id).status()).isEqualTo(404);
        assertThat(municipality.get(null, "/api/v1/abonnementen/" + id + "/afleveringen").status()).isEqualTo(404);
        assertThat(municipality.delete(null, "/api/v1/abonnementen/" + id).status()).isEqualTo(404);
        assertThat(municipality.get(null, "/api/v1/abonnementen").json().valueStream()
                .map(s -> s.path("id").asString())).doesNotContain(id);
        assertThat(api.get("beheerder", "/api/v1/abonnementen/" + id).status()).isEqualTo(200);
        assertThat(api.post("onderzoeker", "/api/v1/abonnementen", Map.of("callbackUrl", "https://10.0.0.1/x",
                "formaat", "CLOUDEVENTS", "soorten", List.of("huisverbod-opgelegd"))).status()).isEqualTo(403);

        Api.Response bad = police.post(null, "/api/v1/abonnementen", Map.of("callbackUrl", "ftp://partner",
                "formaat", "XML", "soorten", List.of("huisverbod-opgelegd", "alles")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().path("invalidParams").valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("callbackUrl", "formaat", "soorten[1]");

        assertThat(police.delete(null, "/api/v1/abonnementen/" + id).status()).isEqualTo(204);
        assertThat(police.get(null, "/api/v1/abonnementen/" + id).json().path("beeindigd").isNull()).isFalse();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    StalledDeliveries stalled;

    private long notices(String kind, String subscription, String organisationType) {
        return jdbc.sql("""
                select count(*) from notification n join organisation o on o.id = n.recipient_organisation_id
                where n.kind = ? and o.type = ? and n.subject like '%systeem.politie-noord-nederland%'
                and (o.type <> 'BEHEER' or n.link like ?)""")
                .params(kind, organisationType, "%/beheer/abonnementen/" + subscription).query(Long.class).single();
    }

    @Test
    void a_receiver_that_stays_down_is_reported_once_to_its_organisation_and_the_administrators_and_again_when_back() {
        try (CallbackReceiver police = CallbackReceiver.start()) {
            police.goDown();
            String id = subscribe(api.asSystem(POLICE_SYSTEM), police.url(), "CLOUDEVENTS", List.of("huisverbod-opgelegd"))
                    .path("abonnement").path("id").asString();
            imposedCase("hovj", "GM0106");
            await().atMost(Duration.ofSeconds(20)).until(() -> !api.get("beheerder", "/api/v1/abonnementen/" + id)
                    .json().path("nietAfgeleverdSinds").isNull());
            stalled.check();
            assertThat(notices("KOPPELING_GESTOORD", id, "POLITIE")).as("an outage of minutes is no news").isZero();

            // seven hours later: longer than the six hours after which people are told
            jdbc.sql("update subscription set failing_since = failing_since - interval '7 hours' where id = ?::uuid")
                    .param(id).update();
            stalled.check();
            stalled.check();
            await().atMost(Duration.ofSeconds(20)).until(() -> notices("KOPPELING_GESTOORD", id, "BEHEER") == 1);
            assertThat(notices("KOPPELING_GESTOORD", id, "POLITIE")).as("the system's organisation, once").isEqualTo(1);
            assertThat(notices("KOPPELING_GESTOORD", id, "BEHEER")).as("the administrators, once, with a link").isEqualTo(1);
            String inbox = new nl.huisverbod.support.WebSession(port, "beheerder").get("/inbox").body();
            assertThat(inbox).contains("ontvangt geen berichten meer", "berichten wachten", "/beheer/abonnementen/" + id);

            police.comeBack();
            await().atMost(Duration.ofSeconds(90)).until(() -> police.received().size() == 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> notices("KOPPELING_HERSTELD", id, "BEHEER") == 1);
            assertThat(notices("KOPPELING_HERSTELD", id, "POLITIE")).isEqualTo(1);
            assertThat(api.get("beheerder", "/api/v1/abonnementen/" + id).json().path("nietAfgeleverdSinds").isNull())
                    .isTrue();
        }
    }
}
