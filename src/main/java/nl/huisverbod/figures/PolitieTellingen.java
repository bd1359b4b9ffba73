package nl.huisverbod.figures;

import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The police's yearly counts of domestic-violence incidents per municipality (CSV: {@code gemeentecode,jaar,aantal}).
 * Every line is checked; bad lines are reported with their number and reasons and nothing of them is stored;
 * a count for a municipality and year that is already there is replaced (the police correct their figures).
 */
@Service
public class PolitieTellingen {

    public static final List<String> HEADER = List.of("gemeentecode", "jaar", "aantal");

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    PolitieTellingen(JdbcClient jdbc, Municipalities municipalities, CurrentUserProvider currentUser, AuditTrail audit,
                     Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public record Telling(String gemeenteCode, int jaar, int aantal) {
    }

    @Transactional
    public CsvTelling.Resultaat importeer(String csv) {
        CurrentUser user = currentUser.require();
        if (!user.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("only the functional administrator imports police counts");
        }
        int year = LegalTime.localDate(clock.instant()).getYear();
        Set<String> gemeenten = municipalities.allCodes();
        var r = CsvTelling.verwerk(csv, HEADER, messages, (cells, v) -> {
            v.require(gemeenten.contains(cells.get(0)), "gemeentecode", "dossier.gemeente.unknown");
            Integer jaar = CsvTelling.getal(cells.get(1), "jaar", v);
            Integer aantal = CsvTelling.getal(cells.get(2), "aantal", v);
            v.require(jaar == null || (jaar >= 2009 && jaar <= year), "jaar", "figures.year", String.valueOf(year));
            v.require(aantal == null || aantal >= 0, "aantal", "figures.count");
            if (v.isEmpty()) {
                jdbc.sql("""
                        insert into politie_telling (gemeente_code, jaar, aantal, ingelezen_op, ingelezen_door)
                        values (?, ?, ?, ?, ?) on conflict (gemeente_code, jaar) do update
                          set aantal = excluded.aantal, ingelezen_op = excluded.ingelezen_op,
                              ingelezen_door = excluded.ingelezen_door""")
                        .params(cells.get(0), jaar, aantal, ts(clock.instant()), user.userId()).update();
            }
        });
        audit.record(new AuditRecord(AuditAction.WRITE, "politie-tellingen", null, null, List.of(),
                "import politietellingen", "Wth art. 2; cijfers zonder persoonsgegevens",
                r.regels() + " regels, " + r.opgeslagen() + " opgeslagen, " + r.afgewezen().size() + " afgewezen"));
        return r;
    }

    /** All counts (figures without personal data). */
    public List<Telling> all() {
        return jdbc.sql("select gemeente_code, jaar, aantal from politie_telling order by gemeente_code, jaar")
                .query((rs, n) -> new Telling(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }
}
