package nl.huisverbod.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The audit trail records every access, cannot be changed, and shows any change made behind its back. */
@IntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate tx;

    @Test
    void every_read_and_write_of_a_person_can_be_traced_back_to_who_when_and_why() {
        Api api = new Api(port);
        String id = new CaseFixture(api).register("hovj", "GM0106");
        JsonNode dossier = api.get("vt.drenthe", "/api/v1/dossiers/" + id).json();
        String personId = dossier.path("personen").get(1).path("id").asString();

        List<String> who = new ArrayList<>();
        api.get("beheerder", "/api/v1/audit-regels?persoonId=" + personId).json().forEach(e ->
                who.add(e.path("username").asString() + " " + e.path("action").asString() + " "
                        + e.path("organisationName").asString() + " | " + e.path("legalBasis").asString()));
        assertThat(who).anyMatch(w -> w.startsWith("hovj WRITE Politie eenheid Noord-Nederland"));
        assertThat(who).anyMatch(w -> w.startsWith("vt.drenthe READ Veilig Thuis Drenthe") && w.contains("Wth art. 2"));
    }

    @Test
    void the_trail_is_append_only() {
        trail.verify();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set username = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void a_change_made_behind_the_trails_back_is_detected_by_the_verification() {
        Api api = new Api(port);
        new CaseFixture(api).register("hovj", "GM0106");
        assertThat(api.get("beheerder", "/api/v1/audit-verificatie").json().path("intact").asBoolean()).isTrue();

        long victim = jdbc.sql("select max(seq) from audit_entry where action = 'WRITE'").query(Long.class).single();
        String original = jdbc.sql("select details from audit_entry where seq = ?").param(victim)
                .query(String.class).single();
        rewriteDetails(victim, "rewritten");
        try {
            AuditVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim);
        } finally {
            // put it back, so that other tests sharing this database see an intact chain
            rewriteDetails(victim, original);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    /** What a database superuser could do: switch the trigger off and rewrite an entry. */
    private void rewriteDetails(long seq, String details) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
            jdbc.sql("update audit_entry set details = ? where seq = ?").params(details, seq).update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
        });
    }
}
