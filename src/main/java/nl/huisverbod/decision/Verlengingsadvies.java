package nl.huisverbod.decision;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violation;
import nl.huisverbod.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's preparation of the mayor's extension decision (domain.md §4 step 8): the officer hears
 * the evicted person and those staying behind (Awb 4:8), then gives the beleidsadvies, which needs both
 * sides heard. The mayor decides in {@link Besluiten#extend} or {@link Besluiten#declineExtension}.
 */
@Service
public class Verlengingsadvies {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final HuisverbodRepository orders;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ZorgadviesSource zorgadviezen;
    private final Clock clock;

    Verlengingsadvies(JdbcClient jdbc, Dossiers dossiers, HuisverbodRepository orders, CurrentUserProvider currentUser,
                      AuditTrail audit, ApplicationEventPublisher events, ZorgadviesSource zorgadviezen, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.orders = orders;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.zorgadviezen = zorgadviezen;
        this.clock = clock;
    }

    @Transactional
    public Hoorzitting hear(UUID dossierId, UUID persoonId, Instant moment, Hoorzitting.Wijze wijze, String samenvatting) {
        Dossier d = municipality(dossierId, "horen partijen (Awb art. 4:8)");
        Huisverbod h = running(dossierId);
        var v = new Violations();
        Optional<Persoon> p = d.personen().stream().filter(x -> x.id().equals(persoonId)
                && (x.rol() == PersonRole.UITHUISGEPLAATSTE || x.rol() == PersonRole.ACHTERBLIJVER)).findFirst();
        v.require(p.isPresent(), "persoonId", "decision.hearing.party");
        v.requireMoment("moment", moment, clock.instant(), h.imposedAt(), "care.moment.beforeOrder",
                LegalTime.formatShort(h.imposedAt()));
        v.require(wijze != null, "wijze", "validation.required");
        v.requireText(samenvatting, "samenvatting", 8000);
        v.require(h.isRunning(clock.instant()), "dossier", "decision.notRunning");
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into hoorzitting (id, dossier_id, persoon_id, moment, wijze, samenvatting, recorded_by_name,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.id(), persoonId, ts(moment), wijze.name(), samenvatting.trim(),
                        currentUser.require().displayName(), ts(clock.instant())).update();
        write(d, "hoorzitting", id, List.of(persoonId), "horen partijen (Awb art. 4:8)", p.get().rol() + ", " + wijze);
        return hearings(d).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    /** The beleidsadvies, once, while the order runs, after both sides were heard; the mayor is told. */
    @Transactional
    public Beleidsadvies advise(UUID dossierId, Boolean adviesVerlengen, String motivering) {
        Dossier d = municipality(dossierId, "beleidsadvies verlenging");
        Huisverbod h = running(dossierId);
        var v = new Violations();
        v.require(h.isRunning(clock.instant()), "dossier", "decision.notRunning");
        v.require(adviesVerlengen != null, "adviesVerlengen", "validation.required");
        v.requireText(motivering, "motivering", 8000);
        List<Hoorzitting> heard = hearings(d);
        v.require(heardRole(d, heard, PersonRole.UITHUISGEPLAATSTE) && heardRole(d, heard, PersonRole.ACHTERBLIJVER),
                "hoorzitting", "decision.advice.hearBoth");
        v.throwIfAny();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    insert into beleidsadvies (dossier_id, advies_verlengen, motivering, uitgebracht_op, uitgebracht_door)
                    values (?, ?, ?, ?, ?)""")
                    .params(d.id(), adviesVerlengen, motivering.trim(), ts(now), currentUser.require().displayName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(Violation.of("dossier", "decision.advice.alreadyGiven")));
        }
        write(d, "beleidsadvies", d.id(), d.personIds(), "beleidsadvies verlenging", "verlengen: " + adviesVerlengen);
        events.publishEvent(new BeleidsadviesUitgebracht(d.id(), d.nummer(), d.gemeenteCode(), adviesVerlengen, now));
        return find(d.id()).orElseThrow();
    }

    @Transactional
    public List<Hoorzitting> hearings(UUID dossierId) {
        return hearings(read(dossierId, "inzien hoorzittingen"));
    }

    @Transactional
    public Optional<Beleidsadvies> beleidsadvies(UUID dossierId) {
        read(dossierId, "inzien beleidsadvies");
        return find(dossierId);
    }

    /**
     * What the mayor's extension would rest on: the latest hearing of the evicted person, the zorgadvies and
     * the beleidsadvies. For a caller that authorised the case and records its own access.
     */
    ExtensionGrounds grounds(Dossier d) {
        Hoorzitting evicted = hearings(d).stream()
                .filter(x -> heardRole(d, List.of(x), PersonRole.UITHUISGEPLAATSTE))
                .reduce((first, later) -> later).orElse(null);
        return new ExtensionGrounds(evicted, zorgadviezen.forDossier(d.id()).orElse(null), find(d.id()).orElse(null));
    }

    private List<Hoorzitting> hearings(Dossier d) {
        return jdbc.sql("select * from hoorzitting where dossier_id = ? order by moment").param(d.id())
                .query((rs, n) -> {
                    UUID pid = rs.getObject("persoon_id", UUID.class);
                    String naam = d.personen().stream().filter(p -> p.id().equals(pid)).findFirst()
                            .map(p -> p.voornamen() + " " + p.achternaam()).orElse("?");
                    return new Hoorzitting(rs.getObject("id", UUID.class), pid, naam, instant(rs, "moment"),
                            Hoorzitting.Wijze.valueOf(rs.getString("wijze")), rs.getString("samenvatting"),
                            rs.getString("recorded_by_name"));
                }).list();
    }

    private Optional<Beleidsadvies> find(UUID dossierId) {
        return jdbc.sql("select * from beleidsadvies where dossier_id = ?").param(dossierId)
                .query((rs, n) -> new Beleidsadvies(rs.getBoolean("advies_verlengen"), rs.getString("motivering"),
                        instant(rs, "uitgebracht_op"), rs.getString("uitgebracht_door"))).optional();
    }

    private static boolean heardRole(Dossier d, List<Hoorzitting> heard, PersonRole rol) {
        return heard.stream().anyMatch(x -> d.personen().stream().anyMatch(p -> p.id().equals(x.persoonId())
                && p.rol() == rol));
    }

    private Dossier municipality(UUID dossierId, String purpose) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, purpose, Onderdeel.BESLUIT);
        dossiers.requireRole(user, d, purpose, Role.GEMEENTE_JURIST, Role.BURGEMEESTER);
        return d;
    }

    private Dossier read(UUID dossierId, String purpose) {
        Dossier d = dossiers.authorise(dossierId, purpose, Onderdeel.ZORGADVIES);
        audit.record(new AuditRecord(AuditAction.READ, "verlengingsadvies", d.id(), d.id(), d.personIds(), purpose,
                dossiers.legalBasisOfCurrentUser(), null));
        return d;
    }

    private Huisverbod running(UUID dossierId) {
        return orders.findByDossier(dossierId).filter(h -> h.imposedAt() != null)
                .orElseThrow(() -> new NotFoundException("huisverbod"));
    }

    private void write(Dossier d, String type, UUID id, List<UUID> persons, String purpose, String details) {
        audit.record(new AuditRecord(AuditAction.WRITE, type, id, d.id(), persons, purpose,
                dossiers.legalBasisOfCurrentUser(), details));
    }
}
