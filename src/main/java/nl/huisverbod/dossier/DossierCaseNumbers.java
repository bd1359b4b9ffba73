package nl.huisverbod.dossier;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.audit.CaseNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Case numbers by id and back, for the audit trail's pages. */
@Component
class DossierCaseNumbers implements CaseNumbers {

    private final JdbcClient jdbc;

    DossierCaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> numbersOf(Collection<UUID> dossierIds) {
        Map<UUID, String> numbers = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return numbers;
        }
        jdbc.sql("select id, nummer from dossier where id = any(?)").param(dossierIds.toArray(UUID[]::new))
                .query((rs, n) -> numbers.put(rs.getObject("id", UUID.class), rs.getString("nummer"))).list();
        return numbers;
    }

    @Override
    public Optional<UUID> idOf(String nummer) {
        return jdbc.sql("select id from dossier where upper(nummer) = upper(?)").param(nummer.trim())
                .query(UUID.class).optional();
    }
}
