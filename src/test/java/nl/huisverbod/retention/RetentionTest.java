package nl.huisverbod.retention;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Wth 10 with a controlled clock: five years after the decision the beschikkingen and documents are destroyed. */
@IntegrationTest
class RetentionTest extends ApiTestSupport {

    @Autowired
    Bewaartermijnen bewaartermijnen;
    @Autowired
    AuditTrail audit;

    static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, LegalTime.ZONE).toInstant();
    }

    @Test
    void the_beschikkingen_and_documents_go_five_years_after_the_decision_and_the_trail_says_so() {
        clock.set(at(2019, 3, 10, 10));
        String id = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        Api.Response upload = api.upload("hovj", "/api/v1/dossiers/" + id + "/documenten",
                Map.of("soort", "POLITIERAPPORT"), "pv.pdf", Api.samplePdf("Proces-verbaal"));
        require(upload, 201);
        // a case without an order, with a police report: the configured period (five years) from registration
        String without = cases.register("hovj", "GM0106");
        require(api.upload("hovj", "/api/v1/dossiers/" + without + "/documenten", Map.of("soort", "POLITIERAPPORT"),
                "pv2.pdf", Api.samplePdf("Proces-verbaal zonder huisverbod")), 201);
        JsonNode order = api.get("hovj", "/api/v1/dossiers/" + id + "/huisverbod").json();
        String beschikking = "/api/v1/dossiers/" + id + "/beschikkingen/" + order.path("beschikkingen").get(0).path("id").asString();
        String document = "/api/v1/dossiers/" + id + "/documenten/" + upload.json().path("id").asString();

        // a day before five years: everything kept
        clock.set(at(2024, 3, 9, 10));
        bewaartermijnen.run();
        assertThat(api.get("hovj", beschikking).status()).isEqualTo(200);
        assertThat(api.get("hovj", document).status()).isEqualTo(200);

        // five years and a day: destroyed, the rows and their hashes stay, the trail records it
        clock.set(at(2024, 3, 11, 4));
        Bewaartermijnen.Resultaat r = bewaartermijnen.run();
        assertThat(r.beschikkingen()).isGreaterThanOrEqualTo(1);
        Api.Response gone = api.get("hovj", beschikking);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("vernietigd op");
        assertThat(api.get("hovj", document).status()).isEqualTo(410);
        assertThat(api.get("hovj", "/api/v1/dossiers/" + id + "/huisverbod").json().path("beschikkingen").get(0)
                .path("vernietigdOp").isNull()).isFalse();
        assertThat(audit.timeline(java.util.UUID.fromString(id)))
                .anyMatch(e -> e.purpose().equals("vernietiging (Wth art. 10)") && e.username().equals("systeem"))
                .anyMatch(e -> e.purpose().equals("vernietiging documenten (Wth art. 10)"));
        assertThat(api.get("hovj", "/api/v1/dossiers/" + without + "/documenten").json().get(0)
                .path("vernietigdOp").isNull()).isFalse();
        // running again destroys nothing twice, and the audit chain is intact
        assertThat(bewaartermijnen.run().beschikkingen()).isZero();
        assertThat(api.get("beheerder", "/api/v1/audit-verificatie").json().path("intact").asBoolean()).isTrue();
    }
}
