package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;

import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.decision.ZorgadviesSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The zorgadvies as the mayor's extension decision needs it (Wth 9): only whether it exists, what it
 * advises, when and by whom. The decision module authorised the case and records the decision; the advice's
 * content is not read here.
 */
@Component
class ZorgadviesSummaries implements ZorgadviesSource {

    private final JdbcClient jdbc;

    ZorgadviesSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Summary> forDossier(UUID dossierId) {
        return jdbc.sql("select advies_verlengen, uitgebracht_op, uitgebracht_door from zorgadvies where dossier_id = ?")
                .param(dossierId).query((rs, n) -> new Summary(rs.getBoolean("advies_verlengen"),
                        instant(rs, "uitgebracht_op"), rs.getString("uitgebracht_door"))).optional();
    }
}
