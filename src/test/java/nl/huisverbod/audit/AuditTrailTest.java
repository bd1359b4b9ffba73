package nl.huisverbod.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    EmbeddedPostgres pg;

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
    void the_application_may_add_to_the_trail_but_never_change_or_delete_it() {
        trail.verify();
        for (String table : List.of("audit_entry", "audit_seal", "audit_checkpoint")) {
            assertThatThrownBy(() -> jdbc.sql("delete from " + table).update()).rootCause()
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("truncate " + table + " cascade").update())
                    .rootCause().hasMessageContaining("permission denied");
        }
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set username = 'someone else'").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void the_applications_database_role_cannot_switch_the_append_only_triggers_off() {
        assertThatThrownBy(() -> jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update())
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("drop trigger audit_seal_no_update on audit_seal").update())
                .rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void even_the_owner_of_the_tables_is_refused_by_the_triggers() throws Exception {
        try (var owner = pg.getPostgresDatabase().getConnection(); var s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_seal set hash = hash"))
                    .hasMessageContaining("audit_seal is append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry"))
                    .hasMessageContaining("audit_entry is append-only");
        }
    }

    @Test
    void a_change_made_behind_the_trails_back_is_detected_by_the_verification() throws Exception {
        Api api = new Api(port);
        new CaseFixture(api).register("hovj", "GM0106");
        assertThat(api.get("beheerder", "/api/v1/audit-verificatie").json().path("intact").asBoolean()).isTrue();

        long victim = jdbc.sql("select max(seq) from audit_entry where action = 'WRITE'").query(Long.class).single();
        long position = jdbc.sql("select position from audit_seal where entry_seq = ?").param(victim)
                .query(Long.class).single();
        String original = jdbc.sql("select details from audit_entry where seq = ?").param(victim)
                .query(String.class).single();
        try (var dba = new Superuser(pg)) {
            dba.update("update audit_entry set details = ? where seq = ?", "rewritten", victim);
            try {
                AuditVerification result = trail.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenPosition()).isEqualTo(position);
                assertThat(result.problem()).isEqualTo(AuditVerification.Problem.CONTENT_CHANGED);
            } finally {
                // put it back, so that other tests sharing this database see an intact chain
                dba.update("update audit_entry set details = ? where seq = ?", original, victim);
            }
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void the_signed_heads_of_the_chain_are_published_with_the_key_that_verifies_them() throws Exception {
        Api api = new Api(port);
        new CaseFixture(api).register("hovj", "GM0106");
        trail.verify();
        JsonNode published = api.get("beheerder", "/api/v1/audit-controlepunten").json();
        JsonNode newest = published.path("controlepunten").get(0);
        long head = jdbc.sql("select max(position) from audit_seal").query(Long.class).single();
        assertThat(newest.path("position").asLong()).isEqualTo(head);

        var key = java.security.KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(
                java.util.Base64.getDecoder().decode(published.path("publiekeSleutel").asString())));
        var signature = java.security.Signature.getInstance("Ed25519");
        signature.initVerify(key);
        signature.update(AuditCheckpoint.signedContent(newest.path("position").asLong(), newest.path("headHash").asString(),
                java.time.Instant.parse(newest.path("signedAt").asString())));
        assertThat(signature.verify(java.util.Base64.getDecoder().decode(newest.path("signature").asString()))).isTrue();
        assertThat(api.get("hovj", "/api/v1/audit-controlepunten").status()).isEqualTo(403);
    }
}
