package nl.huisverbod.followup;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.deadlines.MonitoringContact;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.DossierStatus;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.Violation;
import nl.huisverbod.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring after the order (domain.md §4 step 12): contacts at the agreed moments (each meets the next
 * monitoring deadline), and the monitoring report at the end.
 */
@Service
public class Monitoring {

    public enum Situatie { VEILIG, ONVEILIG, ONBEKEND }

    public record Contactmoment(UUID id, Instant moment, boolean bereikt, Situatie situatie, boolean nieuwGeweld,
                                String notitie, String door) {
    }

    public record Rapport(String tekst, Instant opgesteldOp, String opgesteldDoor) {
    }

    private final JdbcClient jdbc;
    private final FollowupContext context;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Monitoring(JdbcClient jdbc, FollowupContext context, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.context = context;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Contactmoment contact(UUID dossierId, Instant moment, Boolean bereikt, Situatie situatie, Boolean nieuwGeweld,
                                 String notitie) {
        Dossier d = context.coordinate(dossierId, "monitoringcontact");
        var v = new Violations();
        v.require(afterTheOrder(d), "dossier", "followup.monitoring.orderRuns");
        v.requireMoment("moment", moment, clock.instant(), null, "validation.invalidFormat");
        v.require(bereikt != null, "bereikt", "validation.required");
        v.require(situatie != null, "situatie", "validation.required");
        v.require(nieuwGeweld != null, "nieuwGeweld", "validation.required");
        v.optionalText(notitie, "notitie", 4000);
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into monitoringcontact (id, dossier_id, moment, bereikt, situatie, nieuw_geweld, notitie,
                    recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.id(), ts(moment), bereikt, situatie.name(), nieuwGeweld,
                        notitie == null || notitie.isBlank() ? null : notitie.trim(), context.user().displayName(),
                        ts(clock.instant())).update();
        context.write(d, "monitoringcontact", id, d.personIds(), "monitoringcontact", situatie.name());
        if (bereikt) {
            events.publishEvent(new MonitoringContact(d.id(), moment));
        }
        return contacts(d.id()).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public Rapport report(UUID dossierId, String tekst) {
        Dossier d = context.coordinate(dossierId, "monitoringrapport");
        var v = new Violations();
        v.require(afterTheOrder(d), "dossier", "followup.monitoring.orderRuns");
        v.requireText(tekst, "tekst", 16000);
        v.throwIfAny();
        try {
            jdbc.sql("insert into monitoringrapport (dossier_id, tekst, opgesteld_op, opgesteld_door) values (?, ?, ?, ?)")
                    .params(d.id(), tekst.trim(), ts(clock.instant()), context.user().displayName()).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(Violation.of("tekst", "followup.monitoring.reportExists")));
        }
        context.write(d, "monitoringrapport", d.id(), d.personIds(), "monitoringrapport", null);
        return rapport(d.id()).orElseThrow();
    }

    @Transactional
    public List<Contactmoment> list(UUID dossierId) {
        context.read(dossierId, "inzien monitoring");
        return contacts(dossierId);
    }

    @Transactional
    public Optional<Rapport> rapportOf(UUID dossierId) {
        context.read(dossierId, "inzien monitoringrapport");
        return rapport(dossierId);
    }

    static boolean afterTheOrder(Dossier d) {
        return d.status() == DossierStatus.BEEINDIGD || d.status() == DossierStatus.INGETROKKEN
                || d.status() == DossierStatus.VERNIETIGD || d.status() == DossierStatus.NIET_OPGELEGD
                || d.status() == DossierStatus.NAZORG;
    }

    private List<Contactmoment> contacts(UUID dossierId) {
        return jdbc.sql("select * from monitoringcontact where dossier_id = ? order by moment").param(dossierId)
                .query((rs, n) -> new Contactmoment(rs.getObject("id", UUID.class), instant(rs, "moment"),
                        rs.getBoolean("bereikt"), Situatie.valueOf(rs.getString("situatie")),
                        rs.getBoolean("nieuw_geweld"), rs.getString("notitie"), rs.getString("recorded_by_name")))
                .list();
    }

    private Optional<Rapport> rapport(UUID dossierId) {
        return jdbc.sql("select * from monitoringrapport where dossier_id = ?").param(dossierId)
                .query((rs, n) -> new Rapport(rs.getString("tekst"), instant(rs, "opgesteld_op"),
                        rs.getString("opgesteld_door"))).optional();
    }
}
