package nl.huisverbod.enforcement;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Wth 6-8: interim relief heard within three days, minors of 12+ heard, an annulment ends the order. */
@IntegrationTest
class RemedyTest extends ApiTestSupport {

    /** A case whose household has a child of 13, imposed by the HOvJ; returns the order. */
    private JsonNode imposedWithTeenager() {
        var persons = new ArrayList<>(List.of(
                CaseFixture.person("UITHUISGEPLAATSTE", "Piet", LocalDate.of(1980, 1, 1), "ZELF"),
                CaseFixture.person("ACHTERBLIJVER", "Ineke", LocalDate.of(1982, 1, 1), "PARTNER"),
                CaseFixture.person("KIND", "Lotte", LocalDate.now().minusYears(13), "KIND")));
        Api.Response registered = api.post("hovj", "/api/v1/dossiers", cases.registration("GM0106", persons));
        require(registered, 201);
        String id = registered.json().path("id").asString();
        cases.criteria("hovj", id, true);
        cases.assess("hovj", id, List.of("B1", "B3"), false);
        Api.Response imposed = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling."));
        require(imposed, 200);
        return imposed.json();
    }

    @Test
    void interim_relief_is_heard_within_three_days_with_the_teenager_heard_ruled_after_its_hearing_and_an_annulment_ends_the_order() {
        JsonNode hv = imposedWithTeenager();
        String id = hv.path("dossierId").asString();
        Instant imposedAt = Instant.parse(hv.path("opgelegdOp").asString());
        clock.set(imposedAt.plus(Duration.ofHours(30)));

        assertThat(api.post("hovj", "/api/v1/dossiers/" + id + "/rechtsmiddelen", Map.of("soort",
                "VOORLOPIGE_VOORZIENING", "ingediendOp", imposedAt.plusSeconds(3600).toString())).status()).isEqualTo(403);
        Api.Response early = api.post("jurist.assen", "/api/v1/dossiers/" + id + "/rechtsmiddelen", Map.of("soort",
                "VOORLOPIGE_VOORZIENING", "ingediendOp", imposedAt.minusSeconds(3600).toString()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("enforcement.tooEarly");

        Instant lodgedAt = imposedAt.plus(Duration.ofHours(2));
        JsonNode remedy = api.post("jurist.assen", "/api/v1/dossiers/" + id + "/rechtsmiddelen", Map.of("soort",
                "VOORLOPIGE_VOORZIENING", "ingediendOp", lodgedAt.toString())).json();
        JsonNode deadline = deadline(id);
        assertThat(deadline.path("status").asString()).isEqualTo("OPEN");
        assertThat(Instant.parse(deadline.path("dueAt").asString())).isEqualTo(lodgedAt.plus(Duration.ofDays(3)));

        String base = "/api/v1/dossiers/" + id + "/rechtsmiddelen/" + remedy.path("id").asString();
        Instant heardAt = imposedAt.plus(Duration.ofHours(26));
        Api.Response noHearingYet = api.put("jurist.assen", base + "/uitspraak", Map.of("version", 0,
                "uitspraakOp", heardAt.toString(), "uitkomst", "VERNIETIGD"));
        assertThat(noHearingYet.status()).as("Wth 6: the ruling follows the hearing").isEqualTo(400);
        assertThat(noHearingYet.body()).contains("enforcement.hearingFirst");
        Api.Response withoutMinors = api.put("jurist.assen", base + "/zitting", Map.of("version", 0,
                "zittingOp", heardAt.toString()));
        assertThat(withoutMinors.status()).isEqualTo(400);
        assertThat(withoutMinors.body()).contains("minderjarigenGehoord");
        // Wth 7: "no" is not enough; the reason the teenager could not give a view is recorded
        Api.Response noWithoutReason = api.put("jurist.assen", base + "/zitting", Map.of("version", 0,
                "zittingOp", heardAt.toString(), "minderjarigenGehoord", false));
        assertThat(noWithoutReason.status()).isEqualTo(400);
        assertThat(noWithoutReason.body()).contains("redenNietGehoord", "enforcement.minorsNotHeardReason");
        JsonNode heard = api.put("jurist.assen", base + "/zitting", Map.of("version", 0, "zittingOp", heardAt.toString(),
                "minderjarigenGehoord", true)).json();
        assertThat(deadline(id).path("status").asString()).isEqualTo("MET");

        Api.Response beforeHearing = api.put("jurist.assen", base + "/uitspraak", Map.of("version",
                heard.path("version").asInt(), "uitspraakOp", heardAt.minusSeconds(3600).toString(), "uitkomst", "VERNIETIGD"));
        assertThat(beforeHearing.status()).isEqualTo(400);
        assertThat(beforeHearing.body()).contains("enforcement.rulingBeforeHearing");
        JsonNode ruled = api.put("jurist.assen", base + "/uitspraak", Map.of("version", heard.path("version").asInt(),
                "uitspraakOp", heardAt.plusSeconds(1800).toString(), "uitkomst", "VERNIETIGD",
                "toelichting", "Feiten onvoldoende onderbouwd.")).json();
        assertThat(ruled.path("uitkomst").asString()).isEqualTo("VERNIETIGD");
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id + "/huisverbod").json().path("status").asString())
                .isEqualTo("VERVALLEN");
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id).json().path("status").asString()).isEqualTo("VERNIETIGD");
        String nr = api.get("agent", "/api/v1/dossiers/" + id).json().path("adres").path("huisnummer").asString();
        assertThat(api.get("agent", "/api/v1/adresmeldingen?postcode=9401AB&huisnummer=" + nr).json())
                .noneMatch(f -> f.path("dossierId").asString().equals(id));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<String> subjects = new ArrayList<>();
            api.get("agent", "/api/v1/inbox").json().forEach(n -> {
                if (n.path("dossierId").asString().equals(id)) {
                    subjects.add(n.path("subject").asString());
                }
            });
            assertThat(subjects).anyMatch(s -> s.startsWith("Huisverbod vervallen door uitspraak van de rechter"));
        });
    }

    private JsonNode deadline(String dossierId) {
        for (JsonNode t : api.get("jurist.assen", "/api/v1/dossiers/" + dossierId + "/termijnen").json()) {
            if (t.path("kind").asString().equals("ZITTING_VOORLOPIGE_VOORZIENING")) {
                return t;
            }
        }
        throw new AssertionError("no hearing deadline");
    }
}
