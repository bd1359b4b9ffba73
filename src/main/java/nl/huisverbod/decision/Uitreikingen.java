package nl.huisverbod.decision;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violation;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serving a later decision (the verlengingsbeschikking, an intrekking, a herstelbeschikking) on the evicted
 * person and on those staying behind: who received it, when and how (domain.md §4 step 8).
 */
@Service
public class Uitreikingen {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final BeschikkingRepository beschikkingen;
    private final HuisverbodRepository orders;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    Uitreikingen(JdbcClient jdbc, Dossiers dossiers, BeschikkingRepository beschikkingen, HuisverbodRepository orders,
                 CurrentUserProvider currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.beschikkingen = beschikkingen;
        this.orders = orders;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public record Ontvangst(UUID beschikkingId, UUID persoonId, String persoon, Instant op, Uitreiking wijze, String door) {
    }

    @Transactional
    public Ontvangst record(UUID dossierId, UUID beschikkingId, UUID persoonId, Uitreiking wijze, Instant op) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "uitreiking beschikking", Onderdeel.BESLUIT);
        dossiers.requireRole(user, d, "uitreiking beschikking", Role.HOVJ, Role.POLITIE, Role.GEMEENTE_JURIST,
                Role.BURGEMEESTER);
        Beschikking b = of(dossierId, beschikkingId);
        var v = new Violations();
        v.require(persoonId != null && d.personen().stream().anyMatch(p -> p.id().equals(persoonId)
                && (p.rol() == PersonRole.UITHUISGEPLAATSTE || p.rol() == PersonRole.ACHTERBLIJVER)), "persoonId",
                "decision.hearing.party");
        v.require(wijze != null && wijze != Uitreiking.MONDELING, "wijze", "validation.required");
        v.requireMoment("uitgereiktOp", op, clock.instant(), b.createdAt(), "decision.served.beforeDecision");
        v.throwIfAny();
        try {
            jdbc.sql("""
                    insert into beschikking_uitreiking (id, beschikking_id, persoon_id, uitgereikt_op, wijze,
                        recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), beschikkingId, persoonId, ts(op), wijze.name(), user.displayName(),
                            ts(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(Violation.of("persoonId", "decision.served.already")));
        }
        audit.record(new AuditRecord(AuditAction.WRITE, "beschikking", beschikkingId, d.id(), List.of(persoonId),
                "uitreiking beschikking", dossiers.legalBasisOfCurrentUser(), b.nummer() + ", " + wijze));
        return list(d).stream().filter(o -> o.beschikkingId().equals(beschikkingId) && o.persoonId().equals(persoonId))
                .findFirst().orElseThrow();
    }

    /** Who received which decision of the case. */
    @Transactional
    public List<Ontvangst> ofDossier(UUID dossierId) {
        return list(dossiers.authorise(dossierId, "inzien uitreikingen", Onderdeel.BESLUIT));
    }

    private List<Ontvangst> list(Dossier d) {
        return jdbc.sql("""
                select u.* from beschikking_uitreiking u join beschikking b on b.id = u.beschikking_id
                join huisverbod h on h.id = b.huisverbod_id where h.dossier_id = ? order by u.uitgereikt_op""")
                .param(d.id())
                .query((rs, n) -> {
                    UUID pid = rs.getObject("persoon_id", UUID.class);
                    return new Ontvangst(rs.getObject("beschikking_id", UUID.class), pid, d.personen().stream()
                            .filter(p -> p.id().equals(pid)).findFirst().map(p -> p.naam()).orElse("?"),
                            instant(rs, "uitgereikt_op"), Uitreiking.valueOf(rs.getString("wijze")),
                            rs.getString("recorded_by_name"));
                }).list();
    }

    private Beschikking of(UUID dossierId, UUID beschikkingId) {
        Huisverbod h = orders.findByDossier(dossierId).orElseThrow(() -> new NotFoundException("huisverbod"));
        return beschikkingen.ofHuisverbod(h.id()).stream().filter(b -> b.id().equals(beschikkingId)).findFirst()
                .orElseThrow(() -> new NotFoundException("beschikking"));
    }
}
