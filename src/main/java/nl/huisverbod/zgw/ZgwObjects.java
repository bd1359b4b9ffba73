package nl.huisverbod.zgw;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a link made in its store for a case, by step name, with the URL the store gave it. */
@Repository
class ZgwObjects {

    private final JdbcClient jdbc;

    ZgwObjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The URL a step made, or null when it has not been done. */
    String url(UUID subscriptionId, UUID dossierId, String step) {
        return jdbc.sql("select url from zgw_object where subscription_id = ? and dossier_id = ? and step = ?")
                .params(subscriptionId, dossierId, step).query(String.class).optional().orElse(null);
    }

    void remember(UUID subscriptionId, UUID dossierId, String step, String url) {
        jdbc.sql("insert into zgw_object (subscription_id, dossier_id, step, url) values (?, ?, ?, ?) on conflict do nothing")
                .params(subscriptionId, dossierId, step, url).update();
    }
}
