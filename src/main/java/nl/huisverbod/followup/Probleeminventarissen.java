package nl.huisverbod.followup;

import static nl.huisverbod.shared.SqlTime.ts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The problem inventory per person at the start and the end of the help; the change per life domain. */
@Service
public class Probleeminventarissen {

    private final JdbcClient jdbc;
    private final FollowupContext context;
    private final ObjectMapper json;
    private final java.time.Clock clock;

    Probleeminventarissen(JdbcClient jdbc, FollowupContext context, ObjectMapper json, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.context = context;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Probleeminventaris save(UUID dossierId, UUID persoonId, Probleeminventaris.Moment moment, Integer version,
                                   Map<Leefgebied, Integer> scores) {
        Dossier d = context.change(dossierId, "probleeminventarisatie");
        var v = new Violations();
        v.require(d.personen().stream().anyMatch(p -> p.id().equals(persoonId)), "persoonId", "care.contact.unknownPerson");
        v.require(moment != null, "moment", "validation.required");
        for (Leefgebied l : Leefgebied.values()) {
            Integer s = scores == null ? null : scores.get(l);
            v.require(s != null && s >= 0 && s <= 3, "scores." + l.name(), "followup.inventory.score");
        }
        if (moment == Probleeminventaris.Moment.EIND) {
            v.require(find(dossierId, persoonId, Probleeminventaris.Moment.START) != null, "moment",
                    "followup.inventory.startFirst");
        }
        v.throwIfAny();
        String data = json.writeValueAsString(new EnumMap<>(scores));
        String by = context.user().displayName();
        if (version == null) {
            try {
                jdbc.sql("""
                        insert into probleeminventaris (dossier_id, persoon_id, moment, scores, version, updated_at,
                            updated_by_name) values (?, ?, ?, ?::jsonb, 0, ?, ?)""")
                        .params(d.id(), persoonId, moment.name(), data, ts(clock.instant()), by).update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("inventory recorded by someone else");
            }
        } else if (jdbc.sql("""
                update probleeminventaris set scores = ?::jsonb, version = version + 1, updated_at = ?, updated_by_name = ?
                where dossier_id = ? and persoon_id = ? and moment = ? and version = ?""")
                .params(data, ts(clock.instant()), by, d.id(), persoonId, moment.name(), version).update() == 0) {
            throw new OptimisticLockingFailureException("inventory changed by someone else");
        }
        context.write(d, "probleeminventaris", d.id(), List.of(persoonId), "probleeminventarisatie", moment.name());
        return find(dossierId, persoonId, moment);
    }

    @Transactional
    public List<Probleeminventaris> list(UUID dossierId) {
        context.read(dossierId, "inzien probleeminventarisatie");
        return jdbc.sql("select * from probleeminventaris where dossier_id = ? order by persoon_id, moment desc")
                .param(dossierId).query((rs, n) -> map(rs)).list();
    }

    /** The change per life domain (end minus start; negative is better) for a person with both inventories. */
    public static Map<Leefgebied, Integer> verandering(Probleeminventaris start, Probleeminventaris eind) {
        Map<Leefgebied, Integer> change = new EnumMap<>(Leefgebied.class);
        for (Leefgebied l : Leefgebied.values()) {
            change.put(l, eind.scores().get(l) - start.scores().get(l));
        }
        return change;
    }

    private Probleeminventaris find(UUID dossierId, UUID persoonId, Probleeminventaris.Moment moment) {
        return jdbc.sql("select * from probleeminventaris where dossier_id = ? and persoon_id = ? and moment = ?")
                .params(dossierId, persoonId, moment.name()).query((rs, n) -> map(rs)).optional().orElse(null);
    }

    private Probleeminventaris map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<Leefgebied, Integer> scores = json.readValue(rs.getString("scores"),
                new TypeReference<EnumMap<Leefgebied, Integer>>() { });
        return new Probleeminventaris(rs.getObject("persoon_id", UUID.class),
                Probleeminventaris.Moment.valueOf(rs.getString("moment")), scores, rs.getInt("version"));
    }
}
