package nl.huisverbod.deadlines;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.ExpectedVersion;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreed deadlines per Veilig Thuis region and municipality (domain.md §7), maintained by the functional
 * administrator. Legal deadlines cannot be changed here: the law fixes them.
 */
@Service
public class TermijnAfspraken {

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    TermijnAfspraken(JdbcClient jdbc, Municipalities municipalities, CurrentUserProvider currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The agreed kinds, for forms. */
    public static List<DeadlineKind> agreedKinds() {
        return Arrays.stream(DeadlineKind.values()).filter(k -> !k.legal()).toList();
    }

    /** The rule that applies in a municipality; empty when it agreed no fixed limit for this kind. */
    public Optional<TermijnRegel> ruleFor(DeadlineKind kind, String gemeenteCode) {
        if (kind.legal()) {
            return Optional.of(kind.standaard());
        }
        Optional<TermijnAfspraak> own = find(TermijnAfspraak.Scope.GEMEENTE, gemeenteCode, kind);
        Optional<TermijnAfspraak> applied = own.isPresent() ? own : municipalities.current(gemeenteCode)
                .flatMap(m -> find(TermijnAfspraak.Scope.REGIO, m.vtRegion(), kind));
        return applied.map(a -> a.active() ? Optional.of(a.regel()) : Optional.<TermijnRegel>empty())
                .orElse(kind.standaardActief() ? Optional.of(kind.standaard()) : Optional.empty());
    }

    /** Every agreement on record, regions first. */
    public List<TermijnAfspraak> all() {
        requireAdministrator();
        return jdbc.sql("select * from termijn_afspraak order by scope_type desc, scope_code, kind")
                .query(TermijnAfspraken::map).list();
    }

    /**
     * Records (or replaces) an agreement. {@code expectedVersion} is null for a new one; a stale version is a
     * concurrent edit and refused.
     */
    @Transactional
    public TermijnAfspraak set(TermijnAfspraak.Scope scope, String code, DeadlineKind kind, boolean active,
                               TermijnRegel.Eenheid eenheid, Integer aantal, Integer expectedVersion) {
        CurrentUser user = requireAdministrator();
        var v = new Violations();
        if (scope == null) {
            v.add("scopeType", "validation.required");
        } else if (code == null || !knownScope(scope, code)) {
            v.add("scopeCode", "deadline.rule.unknownScope");
        }
        if (kind == null) {
            v.add("kind", "validation.required");
        } else if (kind.legal()) {
            v.add("kind", "deadline.rule.legal");
        }
        TermijnRegel regel = null;
        if (eenheid == null) {
            v.add("eenheid", "validation.required");
        } else if (aantal == null) {
            v.add("aantal", "validation.required");
        } else {
            try {
                regel = new TermijnRegel(eenheid, aantal);
            } catch (IllegalArgumentException e) {
                v.add("aantal", "deadline.rule.range");
            }
        }
        v.throwIfAny();
        var now = clock.instant();
        Optional<TermijnAfspraak> existing = find(scope, code, kind);
        if (existing.isEmpty()) {
            if (expectedVersion != null && expectedVersion != 0) {
                throw new OptimisticLockingFailureException("agreement was removed");
            }
            try {
                jdbc.sql("""
                        insert into termijn_afspraak (scope_type, scope_code, kind, active, unit, amount, version,
                            updated_at, updated_by) values (?, ?, ?, ?, ?, ?, 1, ?, ?)""")
                        .params(scope.name(), code, kind.name(), active, regel.eenheid().name(), regel.aantal(),
                                ts(now), user.userId()).update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("agreement created concurrently");
            }
        } else {
            ExpectedVersion.require(expectedVersion);
            int n = jdbc.sql("""
                    update termijn_afspraak set active = ?, unit = ?, amount = ?, version = version + 1,
                        updated_at = ?, updated_by = ? where scope_type = ? and scope_code = ? and kind = ? and version = ?""")
                    .params(active, regel.eenheid().name(), regel.aantal(), ts(now), user.userId(), scope.name(), code,
                            kind.name(), expectedVersion).update();
            if (n == 0) {
                throw new OptimisticLockingFailureException("stale agreement " + kind);
            }
        }
        return find(scope, code, kind).orElseThrow();
    }

    /** Removes an agreement, so the region's or the national default applies again. */
    @Transactional
    public void remove(TermijnAfspraak.Scope scope, String code, DeadlineKind kind) {
        requireAdministrator();
        jdbc.sql("delete from termijn_afspraak where scope_type = ? and scope_code = ? and kind = ?")
                .params(scope.name(), code, kind.name()).update();
    }

    /** For system set-up (demo data): no user is signed in. */
    @Transactional
    public void seed(TermijnAfspraak.Scope scope, String code, DeadlineKind kind, boolean active, TermijnRegel regel,
                     java.util.UUID by) {
        jdbc.sql("""
                insert into termijn_afspraak (scope_type, scope_code, kind, active, unit, amount, version, updated_at,
                    updated_by) values (?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict do nothing""")
                .params(scope.name(), code, kind.name(), active, regel.eenheid().name(), regel.aantal(),
                        ts(clock.instant()), by).update();
    }

    private Optional<TermijnAfspraak> find(TermijnAfspraak.Scope scope, String code, DeadlineKind kind) {
        return jdbc.sql("select * from termijn_afspraak where scope_type = ? and scope_code = ? and kind = ?")
                .params(scope.name(), code, kind.name()).query(TermijnAfspraken::map).optional();
    }

    private boolean knownScope(TermijnAfspraak.Scope scope, String code) {
        return scope == TermijnAfspraak.Scope.GEMEENTE ? municipalities.current(code).isPresent()
                : !municipalities.inVtRegion(code).isEmpty();
    }

    /** The Veilig Thuis regions, for forms. */
    public List<String> regions() {
        return municipalities.allCurrent().stream().map(Municipality::vtRegion).distinct().sorted().toList();
    }

    private CurrentUser requireAdministrator() {
        CurrentUser user = currentUser.require();
        if (!user.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("only the functional administrator maintains agreed deadlines");
        }
        return user;
    }

    private static TermijnAfspraak map(ResultSet rs, int row) throws SQLException {
        return new TermijnAfspraak(TermijnAfspraak.Scope.valueOf(rs.getString("scope_type")), rs.getString("scope_code"),
                DeadlineKind.valueOf(rs.getString("kind")), rs.getBoolean("active"),
                new TermijnRegel(TermijnRegel.Eenheid.valueOf(rs.getString("unit")), rs.getInt("amount")),
                rs.getInt("version"), instant(rs, "updated_at"));
    }
}
