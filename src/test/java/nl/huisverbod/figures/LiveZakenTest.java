package nl.huisverbod.figures;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Cases registered in the system itself count in the figures, without names, BSN or addresses. */
@IntegrationTest
class LiveZakenTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_imposed_order_with_a_breach_is_projected_into_the_figures() {
        String id = cases.readyForDecision("hovj", "GM0106");
        JsonNode hv = require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")),
                200).json();
        Instant opgelegd = Instant.parse(hv.path("opgelegdOp").asString());
        clock.set(opgelegd.plusSeconds(7200));
        Map<String, Object> breach = new HashMap<>();
        breach.put("occurredAt", opgelegd.plusSeconds(3600).toString());
        breach.put("vorm", "AANWEZIG_BIJ_WONING");
        breach.put("gemeldDoor", "POLITIE");
        breach.put("bronVertrouwelijk", false);
        breach.put("beschrijving", "Stond voor de deur.");
        require(api.post("agent", "/api/v1/dossiers/" + id + "/overtredingen", breach), 201);

        assertThat(api.post("hovj", "/api/v1/cijfers/vernieuwing", Map.of()).status()).isEqualTo(403);
        int zaken = require(api.post("beheerder", "/api/v1/cijfers/vernieuwing", Map.of()), 200).json()
                .path("zaken").asInt();
        assertThat(zaken).isPositive();

        String nummer = api.get("hovj", "/api/v1/dossiers/" + id).json().path("nummer").asString();
        var row = jdbc.sql("""
                select z.gemeente_code, z.opgelegd_op, z.rihg_advies, z.minderjarigen,
                  (select count(*) from stat_overtreding o where o.zaak_id = z.id) as overtredingen,
                  (select count(*) from stat_persoon p where p.zaak_id = z.id) as personen,
                  (select count(*) from stat_termijn t where t.zaak_id = z.id) as termijnen
                from stat_zaak z where z.bron = 'live' and z.extern_id = ?""").param(nummer).query().singleRow();
        assertThat(row.get("gemeente_code")).isEqualTo("GM0106");
        assertThat(((Timestamp) row.get("opgelegd_op")).toInstant()).isEqualTo(opgelegd);
        assertThat(row.get("rihg_advies")).isEqualTo("HUISVERBOD");
        assertThat(row.get("minderjarigen")).isEqualTo(true);
        assertThat(((Number) row.get("overtredingen")).intValue()).isEqualTo(1);
        assertThat(((Number) row.get("personen")).intValue()).isEqualTo(3);
        assertThat(((Number) row.get("termijnen")).intValue()).isPositive();
        // the projection keeps no names: a person is its key and birth year only
        assertThat(jdbc.sql("""
                select count(*) from stat_persoon s join dossier_persoon p on s.persoon_key in (p.voornamen, p.achternaam,
                  p.bsn, p.id::text)""").query(Integer.class).single()).isZero();

        // refreshing again replaces, it does not add
        require(api.post("beheerder", "/api/v1/cijfers/vernieuwing", Map.of()), 200);
        assertThat(jdbc.sql("select count(*) from stat_zaak where bron = 'live' and extern_id = ?").param(nummer)
                .query(Integer.class).single()).isEqualTo(1);

        // the mayor of Assen sees the case in the own municipality's figures, whatever its consent
        String jaar = String.valueOf(opgelegd.atZone(LegalTime.ZONE).getYear());
        JsonNode t = require(api.get("burgemeester.assen", "/api/v1/cijfers/cohort?niveau=GEMEENTE&periode=JAAR&bron=live"
                + "&van=" + jaar + "-01-01&tot=" + (Integer.parseInt(jaar) + 1) + "-01-01"), 200).json();
        JsonNode assen = null;
        for (JsonNode r : t.path("rijen")) {
            if (r.path("gebied").asString().equals("GM0106")) {
                assen = r;
            }
        }
        assertThat(assen).isNotNull();
        assertThat(assen.path("cellen").get(0).path("aantal").asLong()).isPositive();
        assertThat(assen.path("cellen").get(3).path("aantal").asLong()).isPositive(); // overtreden
    }
}
