package nl.huisverbod.figures;

import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.SqlTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for figures that leave a municipality (domain.md §12): the small-cell threshold, maintained by the
 * functional administrator, and each municipality's recorded consent to count in regional and national
 * figures, recorded by the municipality itself (mayor or lawyer) or the functional administrator.
 */
@Service
public class CijferInstellingen {

    static final String DREMPEL = "kleinste-cel";

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final int standaardDrempel;

    CijferInstellingen(JdbcClient jdbc, Municipalities municipalities, CurrentUserProvider currentUser,
                       AuditTrail audit, Clock clock, @Value("${huisverbod.figures.kleinste-cel:5}") int standaardDrempel) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.standaardDrempel = standaardDrempel;
    }

    public record Toestemming(String gemeenteCode, boolean toestemming, Instant vastgelegdOp) {
    }

    /** Cells with a count from 1 up to (not including) this number are suppressed outside the municipality. */
    public int drempel() {
        return jdbc.sql("select waarde from cijfer_instelling where sleutel = ?").param(DREMPEL).query(String.class)
                .optional().map(Integer::valueOf).orElse(standaardDrempel);
    }

    @Transactional
    public int setDrempel(Integer drempel) {
        requireAdministrator();
        if (drempel == null || drempel < 1 || drempel > 100) {
            throw InvalidInputException.of("drempel", "figures.threshold");
        }
        int voor = drempel();
        jdbc.sql("""
                insert into cijfer_instelling (sleutel, waarde) values (?, ?)
                on conflict (sleutel) do update set waarde = excluded.waarde""").params(DREMPEL, drempel.toString())
                .update();
        audit.record(new AuditRecord(AuditAction.WRITE, "cijferinstelling", null, null, List.of(),
                "drempel kleine aantallen", "AVG art. 89; Wth art. 2", voor + " -> " + drempel));
        return drempel;
    }

    public List<Toestemming> toestemmingen() {
        return jdbc.sql("select gemeente_code, toestemming, vastgelegd_op from cijfer_toestemming order by gemeente_code")
                .query((rs, n) -> new Toestemming(rs.getString(1), rs.getBoolean(2), SqlTime.instant(rs, "vastgelegd_op")))
                .list();
    }

    @Transactional
    public Toestemming setToestemming(String gemeenteCode, Boolean toestemming) {
        CurrentUser user = currentUser.require();
        boolean eigen = user.organisationType() == OrganisationType.GEMEENTE && user.scopeCode().equals(gemeenteCode)
                && user.has(Role.BURGEMEESTER, Role.GEMEENTE_JURIST);
        if (!eigen && !user.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("a municipality records its own consent");
        }
        if (!municipalities.allCodes().contains(gemeenteCode)) {
            throw InvalidInputException.of("gemeenteCode", "dossier.gemeente.unknown");
        }
        if (toestemming == null) {
            throw InvalidInputException.of("toestemming", "validation.required");
        }
        Instant nu = clock.instant();
        jdbc.sql("""
                insert into cijfer_toestemming (gemeente_code, toestemming, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?) on conflict (gemeente_code) do update set toestemming = excluded.toestemming,
                    vastgelegd_op = excluded.vastgelegd_op, vastgelegd_door = excluded.vastgelegd_door""")
                .params(gemeenteCode, toestemming, ts(nu), user.userId()).update();
        audit.record(new AuditRecord(AuditAction.WRITE, "cijfertoestemming", null, null, List.of(),
                "toestemming regionale en landelijke cijfers", "Wth art. 2; domain.md §12",
                gemeenteCode + ": " + (toestemming ? "ja" : "nee")));
        return new Toestemming(gemeenteCode, toestemming, nu);
    }

    private void requireAdministrator() {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("the threshold is maintained by the functional administrator");
        }
    }
}
