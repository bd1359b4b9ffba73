package nl.huisverbod.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.risk.Risicotaxaties;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's check queue, the checklist, and the herstelbeschikking for formal errors. */
@Service
public class JuridischeControles {

    private final JdbcClient jdbc;
    private final HuisverbodRepository orders;
    private final BeschikkingService documents;
    private final Dossiers dossiers;
    private final Risicotaxaties risk;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    JuridischeControles(JdbcClient jdbc, HuisverbodRepository orders, BeschikkingService documents, Dossiers dossiers,
                        Risicotaxaties risk, CurrentUserProvider currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.documents = documents;
        this.dossiers = dossiers;
        this.risk = risk;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Imposed orders of the user's municipality that have not been approved yet. */
    public List<Huisverbod> queue() {
        CurrentUser user = currentUser.require();
        if (!user.has(Role.GEMEENTE_JURIST, Role.BURGEMEESTER)) {
            return List.of();
        }
        return orders.awaitingLegalCheck(user.scopeCode());
    }

    /** The check is the municipality's legal officer's (Wth 2(8)): nobody else opens its page. Refusals audited. */
    @Transactional
    public void requireChecker(UUID dossierId) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "juridische controle", nl.huisverbod.dossier.Onderdeel.BESLUIT);
        dossiers.requireRole(user, d, "juridische controle", Role.GEMEENTE_JURIST);
    }

    @Transactional
    public JuridischeControle record(UUID dossierId, Set<ControlePunt> akkoord, String opmerkingen) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "juridische controle");
        dossiers.requireRole(user, d, "juridische controle", Role.GEMEENTE_JURIST);
        Huisverbod h = orders.findByDossier(dossierId).filter(o -> o.status() == HuisverbodStatus.OPGELEGD)
                .orElseThrow(() -> new NotFoundException("huisverbod"));
        Set<ControlePunt> ok = akkoord == null ? EnumSet.noneOf(ControlePunt.class) : EnumSet.copyOf(
                akkoord.isEmpty() ? EnumSet.noneOf(ControlePunt.class) : akkoord);
        var uitkomst = ok.containsAll(EnumSet.allOf(ControlePunt.class))
                ? JuridischeControle.Uitkomst.GOEDGEKEURD : JuridischeControle.Uitkomst.GESIGNALEERD;
        var v = new Violations();
        if (uitkomst == JuridischeControle.Uitkomst.GESIGNALEERD) {
            v.requireText(opmerkingen, "opmerkingen", 4000);
        } else {
            v.optionalText(opmerkingen, "opmerkingen", 4000);
        }
        v.throwIfAny();
        var controle = new JuridischeControle(UUID.randomUUID(), h.id(), clock.instant(), user.displayName(), uitkomst,
                ok, opmerkingen == null || opmerkingen.isBlank() ? null : opmerkingen.trim());
        jdbc.sql("""
                insert into juridische_controle (id, huisverbod_id, checked_at, checked_by, checked_by_name, uitkomst,
                    checklist, opmerkingen) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(controle.id(), h.id(), Timestamp.from(controle.checkedAt()), user.userId(), user.displayName(),
                        uitkomst.name(), ok.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        controle.opmerkingen())
                .update();
        audit.record(new AuditRecord(AuditAction.WRITE, "juridische-controle", controle.id(), d.id(), d.personIds(),
                "juridische controle", dossiers.legalBasisOfCurrentUser(), uitkomst.name()));
        return controle;
    }

    public List<JuridischeControle> ofHuisverbod(UUID huisverbodId) {
        return jdbc.sql("select * from juridische_controle where huisverbod_id = ? order by checked_at")
                .param(huisverbodId)
                .query((rs, n) -> new JuridischeControle(rs.getObject("id", UUID.class), huisverbodId,
                        rs.getTimestamp("checked_at").toInstant(), rs.getString("checked_by_name"),
                        JuridischeControle.Uitkomst.valueOf(rs.getString("uitkomst")), parse(rs.getString("checklist")),
                        rs.getString("opmerkingen")))
                .list();
    }

    /**
     * Corrects an obvious formal error in a named beschikking with a herstelbeschikking ({@link HerstelRules}):
     * a new, numbered PDF/A states what it corrects, where, and is signed by whoever made it. Where the error
     * stands in the facts, the facts carry the correction, so later documents do not repeat it. The order's
     * times and substance do not change; a change of substance is a new decision or a withdrawal.
     */
    @Transactional
    public Beschikking herstel(UUID dossierId, int version, Herstel c, String toelichting) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "herstelbeschikking");
        dossiers.requireRole(user, d, "herstelbeschikking", Role.BURGEMEESTER, Role.GEMEENTE_JURIST);
        Huisverbod h = orders.findByDossier(dossierId).filter(o -> o.status() == HuisverbodStatus.OPGELEGD)
                .orElseThrow(() -> new NotFoundException("huisverbod"));
        if (h.version() != version) {
            throw new OptimisticLockingFailureException("huisverbod changed by someone else");
        }
        var v = new Violations();
        Beschikking corrected = c.herstelt() == null ? null : documents.ofHuisverbod(h.id()).stream()
                .filter(b -> b.id().equals(c.herstelt()) && b.soort() != BeschikkingSoort.INTREKKING
                        && b.vernietigdOp() == null)
                .findFirst().orElse(null);
        v.require(corrected != null, "beschikkingId", c.herstelt() == null ? "validation.required"
                : "herstel.unknownBeschikking");
        HerstelRules.check(c, corrected == null ? null : documents.text(corrected.id()), v);
        v.optionalText(toelichting, "toelichting", 4000);
        v.throwIfAny();
        var herstel = new Herstel(corrected.id(), c.vormfout(), HerstelRules.normalise(c.onjuist()),
                HerstelRules.normalise(c.juist()));
        if (h.feiten != null && h.feiten.contains(herstel.onjuist())) {
            h.feiten = h.feiten.replace(herstel.onjuist(), herstel.juist());
        }
        orders.save(h, false);
        Beschikking b = documents.issueHerstel(orders.find(h.id()).orElseThrow(), d,
                risk.summary(dossierId).orElse(null), user,
                toelichting == null || toelichting.isBlank() ? null : toelichting.trim(), herstel, corrected);
        audit.record(new AuditRecord(AuditAction.WRITE, "beschikking", b.id(), d.id(), d.personIds(),
                "herstelbeschikking", dossiers.legalBasisOfCurrentUser(), b.nummer()));
        return b;
    }

    private static Set<ControlePunt> parse(String checklist) {
        if (checklist == null || checklist.isBlank()) {
            return EnumSet.noneOf(ControlePunt.class);
        }
        return Arrays.stream(checklist.split(",")).map(ControlePunt::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ControlePunt.class)));
    }
}
