package nl.huisverbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may see a case, role by role; every refusal is in the audit trail. */
@IntegrationTest
class NeedToKnowTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Organisations organisations;

    String assenCase;

    @BeforeEach
    void registerCase() {
        // runs after ApiTestSupport has created the clients
        assenCase = cases.register("hovj", "GM0106");
    }

    private int status(String user) {
        return api.get(user, "/api/v1/dossiers/" + assenCase).status();
    }

    @Test
    void the_police_see_the_cases_of_their_own_unit_only() {
        assertThat(status("hovj")).isEqualTo(200);
        assertThat(status("agent")).isEqualTo(200);
        assertThat(status("hovj.amsterdam")).isEqualTo(403);
        assertThat(listedIds("hovj.amsterdam")).doesNotContain(assenCase);
    }

    @Test
    void a_municipality_sees_its_own_cases_and_veilig_thuis_its_regions() {
        assertThat(status("jurist.assen")).isEqualTo(200);
        assertThat(status("burgemeester.assen")).isEqualTo(200);
        assertThat(status("burgemeester.emmen")).isEqualTo(403);
        assertThat(status("vt.drenthe")).isEqualTo(200);
        assertThat(listedIds("burgemeester.emmen")).doesNotContain(assenCase);
    }

    @Test
    void a_care_professional_sees_only_the_cases_it_is_assigned_to() {
        assertThat(status("reclassering")).isEqualTo(403);
        UUID reclassering = organisations.ofType(OrganisationType.ZORGAANBIEDER).stream()
                .filter(o -> o.name().equals("Reclassering Noord")).findFirst().orElseThrow().id();
        runAs.run("vt.drenthe", () -> dossiers.assign(UUID.fromString(assenCase), reclassering, null, null));
        assertThat(status("reclassering")).isEqualTo(200);
        assertThat(listedIds("reclassering")).contains(assenCase);
    }

    @Test
    void the_om_sees_its_units_cases_with_an_arrest() {
        assertThat(status("om.noord")).isEqualTo(200); // the fixture registers an arrest
    }

    @Test
    void researchers_and_administrators_never_see_personal_data() {
        assertThat(status("onderzoeker")).isEqualTo(403);
        assertThat(status("beheerder")).isEqualTo(403);
        assertThat(api.get("onderzoeker", "/api/v1/dossiers").json()).isEmpty();
        assertThat(api.get("onderzoeker", "/api/v1/audit-regels").status()).isEqualTo(403);
    }

    @Test
    void only_police_veilig_thuis_and_the_municipality_register_cases_and_only_in_their_area() {
        Api.Response research = api.post("onderzoeker", "/api/v1/dossiers", cases.registration("GM0106",
                cases.household(java.time.LocalDate.of(1980, 1, 1))));
        assertThat(research.status()).isEqualTo(403);
        Api.Response outside = api.post("hovj.amsterdam", "/api/v1/dossiers", cases.registration("GM0106",
                cases.household(java.time.LocalDate.of(1980, 1, 1))));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("dossier.gemeente.outsideArea");
    }

    @Test
    void a_refused_attempt_is_recorded_in_the_audit_trail() {
        assertThat(status("hovj.amsterdam")).isEqualTo(403);
        List<String> actions = new ArrayList<>();
        api.get("beheerder", "/api/v1/audit-regels?dossierId=" + assenCase + "&gebruikersnaam=hovj.amsterdam").json()
                .forEach(e -> actions.add(e.path("action").asString() + " " + e.path("role").asString()));
        assertThat(actions).contains("DENIED HOVJ");
    }

    private List<String> listedIds(String user) {
        List<String> ids = new ArrayList<>();
        api.get(user, "/api/v1/dossiers").json().forEach(d -> ids.add(d.path("id").asString()));
        return ids;
    }

}
