package nl.huisverbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inbox with more messages than anyone reads in a night still shows every one of them: its pages are read as
 * pages in the database, the oldest message on the last page (it once stopped at the newest 200).
 */
@IntegrationTest
class InboxPagingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_message_of_a_long_inbox_is_on_a_page_and_the_oldest_on_the_last() {
        var user = jdbc.sql("select id, organisation_id from app_user where username = 'opvang'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String marker = "paging-" + UUID.randomUUID();
        try {
            for (int i = 0; i < 230; i++) {
                jdbc.sql("""
                        insert into notification (id, recipient_organisation_id, recipient_user_id, kind, subject, body,
                            created_at) values (?, ?, ?, 'OVERTREDING', ?, 'Tekst', timestamptz '2001-01-01 12:00+01' - make_interval(mins => ?))""")
                        .params(UUID.randomUUID(), user[1], user[0], marker + " bericht " + (i + 1), i).update();
            }
            var session = new WebSession(port, "opvang");
            long total = jdbc.sql("""
                    select count(*) from notification where recipient_organisation_id = ?
                    and (recipient_user_id is null or recipient_user_id = ?)""").params(user[1], user[0])
                    .query(Long.class).single();
            long pages = (total + 19) / 20;
            String last = session.get("/inbox?pagina=" + pages).body();
            assertThat(last).contains("Pagina " + pages + " van " + pages, "(" + total + " in totaal)",
                    marker + " bericht 230");
            assertThat(session.get("/inbox").body()).doesNotContain(marker + " bericht 230");
            assertThat(session.get("/inbox?pagina=" + (pages + 5)).body()).as("beyond the end: the last page")
                    .contains(marker + " bericht 230");
        } finally {
            jdbc.sql("delete from notification where subject like ?").param(marker + "%").update();
        }
    }
}
