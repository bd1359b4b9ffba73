package nl.huisverbod.figures;

import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's own count of RiHGs, orders, extensions, withdrawals and breaches over a period of its
 * choosing, with the date of its last entry: the second source of domain.md §12, shown beside the figures
 * from the case registration. CSV, one line per municipality and period; a line for a period already
 * there replaces it. A municipality imports its own lines; the functional administrator any.
 */
@Service
public class GemeenteTellingen {

    public static final List<String> HEADER = List.of("gemeentecode", "van", "tot", "rihgs", "huisverboden",
            "verlengingen", "intrekkingen", "overtredingen", "laatste_invoer");

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    GemeenteTellingen(JdbcClient jdbc, Municipalities municipalities, CurrentUserProvider currentUser,
                      AuditTrail audit, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code van} and {@code tot} both inclusive, as municipalities report them. */
    public record Telling(String gemeenteCode, LocalDate van, LocalDate tot, int rihgs, int huisverboden,
                          int verlengingen, int intrekkingen, int overtredingen, LocalDate laatsteInvoer) {
    }

    @Transactional
    public CsvTelling.Resultaat importeer(String csv) {
        CurrentUser user = currentUser.require();
        boolean beheerder = user.has(Role.FUNCTIONEEL_BEHEERDER);
        boolean gemeente = user.organisationType() == OrganisationType.GEMEENTE
                && user.has(Role.BURGEMEESTER, Role.GEMEENTE_JURIST);
        if (!beheerder && !gemeente) {
            throw new AccessDeniedException("a municipality imports its own counts");
        }
        Set<String> gemeenten = municipalities.allCodes();
        LocalDate vandaag = LegalTime.localDate(clock.instant());
        var r = CsvTelling.verwerk(csv, HEADER, messages, (c, v) -> {
            String code = c.get(0);
            v.require(gemeenten.contains(code), "gemeentecode", "dossier.gemeente.unknown");
            v.require(beheerder || code.equals(user.scopeCode()), "gemeentecode", "figures.counts.ownMunicipality");
            LocalDate van = CsvTelling.datum(c.get(1), "van", v);
            LocalDate tot = CsvTelling.datum(c.get(2), "tot", v);
            v.require(van == null || tot == null || !tot.isBefore(van), "tot", "figures.period.order");
            int[] aantallen = new int[5];
            for (int i = 0; i < 5; i++) {
                Integer a = CsvTelling.getal(c.get(3 + i), HEADER.get(3 + i), v);
                v.require(a == null || a >= 0, HEADER.get(3 + i), "figures.count");
                aantallen[i] = a == null ? 0 : a;
            }
            LocalDate laatste = CsvTelling.datum(c.get(8), "laatste_invoer", v);
            v.require(laatste == null || !laatste.isAfter(vandaag), "laatste_invoer", "validation.future");
            if (v.isEmpty()) {
                jdbc.sql("""
                        insert into gemeente_telling (gemeente_code, van, tot, rihgs, huisverboden, verlengingen,
                            intrekkingen, overtredingen, laatste_invoer, ingelezen_op, ingelezen_door)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (gemeente_code, van, tot) do update
                          set rihgs = excluded.rihgs, huisverboden = excluded.huisverboden,
                              verlengingen = excluded.verlengingen, intrekkingen = excluded.intrekkingen,
                              overtredingen = excluded.overtredingen, laatste_invoer = excluded.laatste_invoer,
                              ingelezen_op = excluded.ingelezen_op, ingelezen_door = excluded.ingelezen_door""")
                        .params(code, van, tot, aantallen[0], aantallen[1], aantallen[2], aantallen[3], aantallen[4],
                                laatste, ts(clock.instant()), user.userId()).update();
            }
        });
        audit.record(new AuditRecord(AuditAction.WRITE, "gemeente-tellingen", null, null, List.of(),
                "import gemeentelijke registratie", "Wth art. 2; cijfers zonder persoonsgegevens",
                r.regels() + " regels, " + r.opgeslagen() + " opgeslagen, " + r.afgewezen().size() + " afgewezen"));
        return r;
    }

    /** The counts whose period overlaps [van, tot). */
    public List<Telling> overlappend(LocalDate van, LocalDate tot) {
        return jdbc.sql("""
                select * from gemeente_telling where van < ? and tot >= ? order by gemeente_code, van""")
                .params(tot, van)
                .query((rs, n) -> new Telling(rs.getString("gemeente_code"), rs.getObject("van", LocalDate.class),
                        rs.getObject("tot", LocalDate.class), rs.getInt("rihgs"), rs.getInt("huisverboden"),
                        rs.getInt("verlengingen"), rs.getInt("intrekkingen"), rs.getInt("overtredingen"),
                        rs.getObject("laatste_invoer", LocalDate.class)))
                .list();
    }
}
