package nl.huisverbod.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.audit.AuditVerification.Problem;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.CaseFixture;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What a database administrator could do with the owner's rights, triggers off and every later hash
 * recomputed: each is detected, because the anchor's signed checkpoints are outside the database. Own
 * database (the chain is tampered with and put back); the scheduled sealer is held back and the tampered chain is
 * checked without sealing or signing, so that nothing is added to a tampered chain.
 */
@IntegrationTest
@TestPropertySource(properties = {"huisverbod.audit.seal-interval=PT1H",
        // a context of its own: the shared SMTP server's port is taken, and no mail is needed here
        "huisverbod.test.smtp=false", "spring.mail.port=1"})
class DatabaseAdministratorTamperingTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    EmbeddedPostgres pg;

    long head;

    @BeforeEach
    void aSignedChainWithACaseInIt() throws Exception {
        Api api = new Api(port);
        String id = new CaseFixture(api).register("hovj", "GM0106");
        for (int i = 0; i < 12; i++) {
            api.get(i % 2 == 0 ? "vt.drenthe" : "hovj", "/api/v1/dossiers/" + id);
        }
        AuditVerification before = trail.verify(); // seals everything and signs the head
        assertThat(before.intact()).isTrue();
        try (var dba = new Superuser(pg)) {
            dba.update("drop table if exists snapshot_entry, snapshot_seal, snapshot_pending, snapshot_checkpoint");
            dba.update("create table snapshot_entry as select * from audit_entry");
            dba.update("create table snapshot_seal as select * from audit_seal");
            dba.update("create table snapshot_pending as select * from audit_pending");
            dba.update("create table snapshot_checkpoint as select * from audit_checkpoint");
            try (var s = dba.connection().createStatement();
                 ResultSet rs = s.executeQuery("select max(position) from audit_seal")) {
                rs.next();
                head = rs.getLong(1);
            }
        }
        assertThat(head).isGreaterThan(10);
    }

    @AfterEach
    void putTheChainBack() throws Exception {
        try (var dba = new Superuser(pg)) {
            dba.update("delete from audit_checkpoint");
            dba.update("delete from audit_pending");
            dba.update("delete from audit_seal");
            dba.update("delete from audit_entry");
            dba.update("insert into audit_entry select * from snapshot_entry");
            dba.update("insert into audit_seal select * from snapshot_seal");
            dba.update("insert into audit_pending select * from snapshot_pending");
            dba.update("insert into audit_checkpoint select * from snapshot_checkpoint");
            dba.update("drop table snapshot_entry, snapshot_seal, snapshot_pending, snapshot_checkpoint");
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void an_entry_rewritten_with_every_later_hash_recomputed_no_longer_matches_the_signed_head() throws Exception {
        long victim = head - 5;
        try (var dba = new Superuser(pg)) {
            dba.update("update audit_entry set details = 'rewritten' where seq = (select entry_seq from audit_seal where position = ?)",
                    victim);
            recomputeFrom(dba, victim);
        }
        AuditVerification result = verifier.check();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(result.firstBrokenPosition()).isLessThanOrEqualTo(victim);
    }

    @Test
    void an_entry_deleted_from_the_middle_with_the_chain_renumbered_and_recomputed_is_detected() throws Exception {
        long victim = head - 3;
        try (var dba = new Superuser(pg)) {
            dba.update("""
                    with gone as (delete from audit_seal where position = ? returning entry_seq)
                    delete from audit_entry where seq in (select entry_seq from gone)""", victim);
            dba.update("update audit_seal set position = -(position - 1) where position > ?", victim);
            dba.update("update audit_seal set position = -position where position < 0");
            recomputeFrom(dba, victim);
        }
        AuditVerification result = verifier.check();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isIn(Problem.CHECKPOINT_MISMATCH, Problem.TRUNCATED);
    }

    @Test
    void the_last_entries_deleted_with_their_checkpoints_are_detected_as_a_truncated_chain() throws Exception {
        try (var dba = new Superuser(pg)) {
            dba.update("""
                    with gone as (delete from audit_seal where position > ? returning entry_seq)
                    delete from audit_entry where seq in (select entry_seq from gone)""", head - 5);
            dba.update("delete from audit_checkpoint where position > ?", head - 5);
        }
        AuditVerification result = verifier.check();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(result.firstBrokenPosition()).isEqualTo(head - 4);
    }

    @Test
    void a_place_in_the_chain_left_empty_is_detected() throws Exception {
        try (var dba = new Superuser(pg)) {
            dba.update("delete from audit_seal where position = ?", head - 2);
        }
        AuditVerification result = verifier.check();
        assertThat(result.problem()).isEqualTo(Problem.ENTRY_MISSING);
        assertThat(result.firstBrokenPosition()).isEqualTo(head - 2);
    }

    @Test
    void an_entry_taken_out_of_the_chain_and_out_of_the_queue_is_detected() throws Exception {
        try (var dba = new Superuser(pg)) {
            // the newest entry's seal removed: the chain is one shorter and the entry is nowhere
            dba.update("delete from audit_seal where position = ?", head);
            dba.update("delete from audit_checkpoint where position = ?", head);
        }
        AuditVerification result = verifier.check();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isIn(Problem.TRUNCATED, Problem.UNSEALED_ENTRY);
    }

    /** Recomputes every hash from a position on, as an administrator who knows the formula would. */
    private static void recomputeFrom(Superuser dba, long from) throws Exception {
        List<Object[]> seals = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        try (var s = dba.connection().prepareStatement("select hash from audit_seal where position = ?")) {
            s.setLong(1, from - 1);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    prev = rs.getString(1);
                }
            }
        }
        try (var s = dba.connection().prepareStatement("""
                select s.position, s.prev_hash, e.* from audit_seal s join audit_entry e on e.seq = s.entry_seq
                where s.position >= ? order by s.position""")) {
            s.setLong(1, from);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String hash = AuditChain.hash(AuditRows.entry(rs, 0), prev);
                    seals.add(new Object[] {rs.getLong("position"), prev, hash});
                    prev = hash;
                }
            }
        }
        for (Object[] seal : seals) {
            dba.update("update audit_seal set prev_hash = ?, hash = ? where position = ?", seal[1], seal[2], seal[0]);
        }
        // the administrator also rewrites the published checkpoints in the database; the anchor keeps its own
        dba.update("delete from audit_checkpoint where position > (select max(position) from audit_seal)");
        dba.update("update audit_checkpoint set head_hash = (select hash from audit_seal where position = audit_checkpoint.position)");
    }
}
