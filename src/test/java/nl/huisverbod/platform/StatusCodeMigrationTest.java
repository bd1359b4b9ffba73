package nl.huisverbod.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation that ran before V38 keeps every case and e-mail copy: their English status codes become the
 * Dutch ones (issue 12), nothing else changes, and the retry sweep still finds a failed e-mail through its index.
 */
class StatusCodeMigrationTest {

    @Test
    void the_cases_and_e_mails_of_an_earlier_version_keep_their_state_under_the_dutch_codes() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(db).locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", "huisverbod_app")).target("37").load().migrate();
            JdbcClient jdbc = JdbcClient.create(db);
            Map<String, String> before = Map.of("REPORTED", "GEMELD", "ASSESSED", "RIHG_VASTGESTELD", "IMPOSED", "OPGELEGD",
                    "NOT_IMPOSED", "NIET_OPGELEGD", "WITHDRAWN", "INGETROKKEN", "CLOSED", "GESLOTEN");
            UUID organisation = UUID.randomUUID();
            int n = 0;
            for (String status : before.keySet()) {
                jdbc.sql("""
                        insert into dossier (id, version, nummer, status, entry_route, arrest, straat, huisnummer, postcode,
                            woonplaats, gemeente_code, police_unit, vt_region, registered_at, registered_by, registered_by_org)
                        values (?, 3, ?, ?, 'POLITIE_INCIDENT', false, 'Teststraat', ?, '9401AB', 'Assen', 'GM0106',
                            'Noord-Nederland', 'Drenthe', now(), ?, ?)""")
                        .params(UUID.randomUUID(), "HV-2026-9" + n, status, String.valueOf(++n), organisation, organisation)
                        .update();
            }
            UUID notification = UUID.randomUUID();
            jdbc.sql("""
                    insert into notification (id, recipient_organisation_id, kind, subject, body, created_at)
                    values (?, ?, 'OVERTREDING', 'Overtreding', 'Tekst', now())""").params(notification, organisation).update();
            for (String status : new String[] {"PENDING", "SENT", "FAILED", "NOT_CONFIGURED"}) {
                jdbc.sql("""
                        insert into email_delivery (id, notification_id, to_address, status, created_at)
                        values (?, ?, 'vt@example.org', ?, now())""").params(UUID.randomUUID(), notification, status).update();
            }

            Flyway.configure().dataSource(db).locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", "huisverbod_app")).load().migrate();

            assertThat(jdbc.sql("select status from dossier order by nummer").query(String.class).list())
                    .containsExactlyInAnyOrderElementsOf(before.values());
            assertThat(jdbc.sql("select sum(version) from dossier").query(Integer.class).single()).isEqualTo(3 * before.size());
            assertThat(jdbc.sql("select status from email_delivery").query(String.class).list())
                    .containsExactlyInAnyOrder("IN_WACHTRIJ", "VERZONDEN", "MISLUKT", "NIET_INGESTELD");
            assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'email_delivery_pending'")
                    .query(String.class).single()).contains("IN_WACHTRIJ", "MISLUKT").doesNotContain("PENDING");
        }
    }
}
