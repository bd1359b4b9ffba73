package nl.huisverbod.followup;

import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help funnel: the coordinating team offers a programme to a person; the team or the providing partner
 * records acceptance, start (intake), completion or where it stopped, and the cooperation score.
 */
@Service
public class Verwijzingen {

    private final JdbcClient jdbc;
    private final FollowupContext context;
    private final Programmas programmas;
    private final Clock clock;

    Verwijzingen(JdbcClient jdbc, FollowupContext context, Programmas programmas, Clock clock) {
        this.jdbc = jdbc;
        this.context = context;
        this.programmas = programmas;
        this.clock = clock;
    }

    @Transactional
    public Verwijzing save(UUID dossierId, UUID id, VerwijzingInput in) {
        Dossier d = id == null ? context.coordinate(dossierId, "verwijzing aanbieden")
                : context.change(dossierId, "verwijzing bijwerken");
        Verwijzing existing = id == null ? null : find(dossierId, id);
        var v = new Violations();
        if (existing != null && !context.isCoordinating(d.id())) {
            // a partner records the steps of the help it gives; what is offered to whom is the team's decision
            v.require(existing.persoonId().equals(in.persoonId()), "persoonId", "followup.referral.offerIsTeams");
            v.require(existing.programma().equals(in.programma()), "programma", "followup.referral.offerIsTeams");
            v.require(java.util.Objects.equals(existing.aangebodenOp(), in.aangebodenOp()), "aangebodenOp",
                    "followup.referral.offerIsTeams");
        }
        Optional<Persoon> persoon = d.personen().stream().filter(p -> p.id().equals(in.persoonId())).findFirst();
        v.require(persoon.isPresent() && persoon.get().rol() != PersonRole.HUISGENOOT, "persoonId",
                "care.contact.unknownPerson");
        var programma = programmas.find(in.programma());
        v.require(programma.isPresent(), "programma", "followup.programme.unknown");
        if (programma.isPresent() && persoon.isPresent()) {
            v.require(programma.get().voor().contains(persoon.get().rol()), "programma", "followup.programme.notForPerson");
        }
        check(v, in);
        v.throwIfAny();
        var now = clock.instant();
        String by = context.user().displayName();
        UUID vid = id == null ? UUID.randomUUID() : id;
        if (existing == null) {
            jdbc.sql("""
                    insert into verwijzing (id, dossier_id, persoon_id, programma, version, aangeboden_op, geaccepteerd_op,
                        gestart_op, afgerond_op, start_verwacht, warme_overdracht, medewerking, uitval_stap, uitval_reden,
                        organisation_id, updated_at, updated_by_name) values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(vid, d.id(), in.persoonId(), in.programma(), in.aangebodenOp(), in.geaccepteerdOp(),
                            in.gestartOp(), in.afgerondOp(), Boolean.TRUE.equals(in.startVerwacht()),
                            Boolean.TRUE.equals(in.warmeOverdracht()), in.medewerking(), name(in.uitvalStap()),
                            trim(in.uitvalReden()), context.user().organisationId(), ts(now), by).update();
        } else if (jdbc.sql("""
                update verwijzing set persoon_id = ?, programma = ?, aangeboden_op = ?, geaccepteerd_op = ?, gestart_op = ?,
                    afgerond_op = ?, start_verwacht = ?, warme_overdracht = ?, medewerking = ?, uitval_stap = ?,
                    uitval_reden = ?, updated_at = ?, updated_by_name = ?, version = version + 1
                where id = ? and dossier_id = ? and version = ?""")
                .params(in.persoonId(), in.programma(), in.aangebodenOp(), in.geaccepteerdOp(), in.gestartOp(),
                        in.afgerondOp(), Boolean.TRUE.equals(in.startVerwacht()), Boolean.TRUE.equals(in.warmeOverdracht()),
                        in.medewerking(), name(in.uitvalStap()), trim(in.uitvalReden()), ts(now), by, vid, d.id(),
                        in.version() == null ? -1 : in.version()).update() == 0) {
            throw new OptimisticLockingFailureException("referral changed by someone else");
        }
        context.write(d, "verwijzing", vid, List.of(in.persoonId()), "hulptrechter", in.programma());
        return find(dossierId, vid);
    }

    /** The funnel's rules: steps in order, dates not in the future, the score consistent with the steps. */
    private void check(Violations v, VerwijzingInput in) {
        LocalDate today = LegalTime.localDate(clock.instant());
        // help that was needed but not offered (a waiting list, no programme near): no offer date, stopped at the
        // offer with the reason, and no later step
        boolean notOffered = in.aangebodenOp() == null && in.uitvalStap() == Verwijzing.Stap.AANBOD;
        v.require(in.aangebodenOp() != null || notOffered, "aangebodenOp", "followup.referral.offeredOrWhyNot");
        v.require(in.uitvalStap() != Verwijzing.Stap.AANBOD || in.geaccepteerdOp() == null, "uitvalStap",
                "followup.funnel.dropoutAfterStep");
        LocalDate previous = in.aangebodenOp();
        String[] fields = {"geaccepteerdOp", "gestartOp", "afgerondOp"};
        LocalDate[] steps = {in.geaccepteerdOp(), in.gestartOp(), in.afgerondOp()};
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] == null) {
                for (int j = i + 1; j < steps.length; j++) {
                    v.require(steps[j] == null, fields[j], "followup.funnel.stepMissing");
                }
                break;
            }
            v.require(!steps[i].isAfter(today), fields[i], "validation.future");
            v.require(previous == null || !steps[i].isBefore(previous), fields[i], "followup.funnel.order");
            previous = steps[i];
        }
        v.require(in.aangebodenOp() == null || !in.aangebodenOp().isAfter(today), "aangebodenOp", "validation.future");
        if (in.uitvalStap() != null) {
            v.requireText(in.uitvalReden(), "uitvalReden", 2000);
            v.require(in.afgerondOp() == null, "uitvalStap", "followup.funnel.dropoutAfterCompletion");
        }
        Integer score = in.medewerking();
        if (score != null) {
            v.require(score >= 1 && score <= 5, "medewerking", "followup.funnel.score");
            boolean consistent = score < 1 || score > 5 || Medewerkingsscore.pastBij(score,
                    in.geaccepteerdOp() != null, in.gestartOp() != null, in.afgerondOp() != null);
            v.require(consistent, "medewerking", "followup.funnel.scoreSteps");
        }
    }

    @Transactional
    public List<Verwijzing> list(UUID dossierId) {
        context.read(dossierId, "inzien hulptrechter");
        return jdbc.sql("select * from verwijzing where dossier_id = ? order by aangeboden_op, programma").param(dossierId)
                .query(Verwijzingen::map).list();
    }

    /** Whether the current user may change what is offered to whom (the coordinating team), not only the steps. */
    public boolean magAanbodWijzigen(UUID dossierId) {
        return context.isCoordinating(dossierId);
    }

    private Verwijzing find(UUID dossierId, UUID id) {
        return jdbc.sql("select * from verwijzing where dossier_id = ? and id = ?").params(dossierId, id)
                .query(Verwijzingen::map).optional().orElseThrow(() -> new NotFoundException("verwijzing"));
    }

    private static Verwijzing map(ResultSet rs, int row) throws SQLException {
        String stap = rs.getString("uitval_stap");
        return new Verwijzing(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("persoon_id", UUID.class),
                rs.getString("programma"), rs.getObject("aangeboden_op", LocalDate.class),
                rs.getObject("geaccepteerd_op", LocalDate.class), rs.getObject("gestart_op", LocalDate.class),
                rs.getObject("afgerond_op", LocalDate.class), rs.getBoolean("start_verwacht"),
                rs.getBoolean("warme_overdracht"), (Integer) rs.getObject("medewerking"),
                stap == null ? null : Verwijzing.Stap.valueOf(stap), rs.getString("uitval_reden"));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
