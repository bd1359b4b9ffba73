package nl.huisverbod.dossier;

import java.util.List;
import java.util.UUID;
import nl.huisverbod.audit.PersonLookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Person ids by BSN, for the audit trail's "who looked at this person"; returns ids only, never case data. */
@Component
class BsnPersonLookup implements PersonLookup {

    private final JdbcClient jdbc;

    BsnPersonLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> personIdsWithBsn(String bsn) {
        return jdbc.sql("select id from dossier_persoon where bsn = ?").param(bsn).query(UUID.class).list();
    }
}
