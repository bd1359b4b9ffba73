package nl.huisverbod.followup;

import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Time spent per organisation and contact type, travel apart (domain.md §9). */
@Service
public class Tijdregistratie {

    public enum Soort { TELEFOON_CLIENT, TELEFOON_ANDEREN, FACE_TO_FACE, OVERIG }

    /** Minutes per organisation and kind, travel separately. */
    public record Totaal(String organisatie, Soort soort, long minuten, long reistijd) {
    }

    private final JdbcClient jdbc;
    private final FollowupContext context;
    private final Clock clock;

    Tijdregistratie(JdbcClient jdbc, FollowupContext context, Clock clock) {
        this.jdbc = jdbc;
        this.context = context;
        this.clock = clock;
    }

    @Transactional
    public void record(UUID dossierId, LocalDate datum, Soort soort, Integer minuten, Integer reistijd) {
        Dossier d = context.change(dossierId, "tijdregistratie");
        var v = new Violations();
        v.require(datum != null, "datum", "validation.required");
        v.require(datum == null || !datum.isAfter(LegalTime.localDate(clock.instant())), "datum", "validation.future");
        v.require(soort != null, "soort", "validation.required");
        v.require(minuten != null && minuten > 0 && minuten <= 24 * 60, "minuten", "followup.time.minutes");
        v.require(reistijd == null || (reistijd >= 0 && reistijd <= 24 * 60), "reistijd", "followup.time.minutes");
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into tijdregistratie (id, dossier_id, organisation_id, datum, soort, minuten, reistijd, recorded_by,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.id(), context.user().organisationId(), datum, soort.name(), minuten,
                        reistijd == null ? 0 : reistijd, context.user().userId(), ts(clock.instant())).update();
        context.write(d, "tijdregistratie", id, List.of(), "tijdregistratie", soort + " " + minuten + " min");
    }

    @Transactional
    public List<Totaal> totals(UUID dossierId) {
        context.read(dossierId, "inzien tijdregistratie");
        return jdbc.sql("""
                select o.name, t.soort, sum(t.minuten) as minuten, sum(t.reistijd) as reistijd from tijdregistratie t
                join organisation o on o.id = t.organisation_id where t.dossier_id = ? group by o.name, t.soort
                order by o.name, t.soort""")
                .param(dossierId)
                .query((rs, n) -> new Totaal(rs.getString("name"), Soort.valueOf(rs.getString("soort")),
                        rs.getLong("minuten"), rs.getLong("reistijd"))).list();
    }
}
