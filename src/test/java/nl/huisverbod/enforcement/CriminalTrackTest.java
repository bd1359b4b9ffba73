package nl.huisverbod.enforcement;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The criminal track alongside the order (domain.md §8): each organisation records its own steps, the OM's
 * outcome is fed back to the coordinator, and partners without a need do not see it.
 */
@IntegrationTest
class CriminalTrackTest extends ApiTestSupport {

    @Autowired
    Organisations organisations;

    private String imposedWithTeam() {
        String id = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        String c = "/api/v1/dossiers/" + id;
        require(api.post("vt.drenthe", c + "/hulpverlening/aanvaarding", Map.of()), 201);
        for (String[] partner : new String[][] {{"RECLASSERING", "Reclassering Noord"}, {"OPVANG", "Crisisopvang Drenthe"}}) {
            require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "PARTNER", "partnerSoort",
                    partner[0], "organisationId", organisations.ofType(OrganisationType.ZORGAANBIEDER).stream()
                            .filter(o -> o.name().equals(partner[1])).findFirst().orElseThrow().id())), 201);
        }
        return id;
    }

    @Test
    void each_organisation_records_its_own_steps_and_the_om_outcome_reaches_veilig_thuis() {
        String id = imposedWithTeam();
        String path = "/api/v1/dossiers/" + id + "/strafrecht";
        String now = Instant.now().minusSeconds(60).toString();
        require(api.post("agent", path, Map.of("soort", "AANHOUDING", "moment", now)), 201);
        require(api.post("hovj", path, Map.of("soort", "INVERZEKERINGSTELLING", "moment", now)), 201);
        // the police cannot take the OM's decision, and the OM's outcome must fit the step
        assertThat(api.post("agent", path, Map.of("soort", "OM_BESLISSING", "moment", now, "uitkomst", "DAGVAARDING"))
                .status()).isEqualTo(403);
        Api.Response wrong = api.post("om.noord", path, Map.of("soort", "ZSM_BESLISSING", "moment", now,
                "uitkomst", "VRIJGESPROKEN"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("invalidParams").toString()).contains("uitkomst");
        Api.Response noEnd = api.post("om.noord", path, Map.of("soort", "GEDRAGSAANWIJZING", "moment", now,
                "uitkomst", "CONTACTVERBOD"));
        assertThat(noEnd.json().path("invalidParams").toString()).contains("tot");
        require(api.post("om.noord", path, Map.of("soort", "GEDRAGSAANWIJZING", "moment", now,
                "uitkomst", "CONTACT_EN_GEBIEDSVERBOD", "tot", LocalDate.now().plusDays(90).toString(),
                "toelichting", "Geen contact met de partner; niet in de straat komen.")), 201);
        require(api.post("om.noord", path, Map.of("soort", "ZSM_BESLISSING", "moment", now, "uitkomst", "DAGVAARDING")), 201);
        require(api.post("reclassering", path, Map.of("soort", "RECLASSERINGSADVIES", "moment", now,
                "toelichting", "Toezicht en agressieregulatietraining geadviseerd.")), 201);
        assertThat(api.post("reclassering", path, Map.of("soort", "AANHOUDING", "moment", now)).status()).isEqualTo(403);

        assertThat(api.get("vt.drenthe", path).json()).hasSize(5);
        assertThat(api.get("agent", path).json().toString()).contains("CONTACT_EN_GEBIEDSVERBOD");
        // the shelter has no need to know the criminal track
        assertThat(api.get("opvang", path).status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(api.get("vt.drenthe", "/api/v1/inbox")
                .json().toString()).contains("Het Openbaar Ministerie legde vast: ZSM-beslissing: Dagvaarding"));
    }

    @Test
    void the_mayor_decides_not_to_extend_and_a_withdrawal_voids_the_help_deadlines() {
        String id = cases.readyForDecision("hovj", "GM0106");
        var hv = api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")).json();
        String c = "/api/v1/dossiers/" + id;
        Map<String, Object> decline = Map.of("version", hv.path("version").asInt(), "tekst", "Hulp loopt; dreiging afgenomen.");
        // Wth 3: extension decisions are the mayor's, never the HOvJ's
        assertThat(api.post("hovj", c + "/niet-verlenging", decline).status()).isEqualTo(403);
        var declined = api.post("burgemeester.assen", c + "/niet-verlenging", decline);
        require(declined, 200);
        assertThat(declined.json().path("nietVerlengdOp").isNull()).isFalse();
        assertThat(api.post("burgemeester.assen", c + "/niet-verlenging", Map.of("version",
                declined.json().path("version").asInt(), "tekst", "Nogmaals.")).body()).contains("decision.extend.alreadyDecided");
        assertThat(status(id, "VERLENGINGSBESLUIT")).isEqualTo("MET");
        // the advice for a decision that has been taken is overtaken, not late
        assertThat(status(id, "ZORGADVIES")).isEqualTo("VERVALLEN");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(api.get("agent", "/api/v1/inbox").json()
                .toString()).contains("HUISVERBOD_NIET_VERLENGD"));

        require(api.post("burgemeester.assen", c + "/intrekking", Map.of("version", declined.json().path("version").asInt(),
                "reden", "HULP_AANVAARD", "toelichting", "Hulp aanvaard en bevestigd.")), 200);
        assertThat(status(id, "ZORGADVIES")).isEqualTo("VERVALLEN");
        assertThat(status(id, "SYSTEEMGESPREK")).isEqualTo("VERVALLEN");
    }

    private String status(String id, String kind) {
        for (var t : api.get("vt.drenthe", "/api/v1/dossiers/" + id + "/termijnen").json()) {
            if (t.path("kind").asString().equals(kind)) {
                return t.path("status").asString();
            }
        }
        throw new AssertionError("no deadline " + kind);
    }
}
