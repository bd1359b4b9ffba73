package nl.huisverbod.risk;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RisicotaxatieRepository {

    private final JdbcClient jdbc;

    RisicotaxatieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Risicotaxatie> findByDossier(UUID dossierId) {
        return jdbc.sql("select * from risicotaxatie where dossier_id = ?").param(dossierId).query(this::map)
                .optional();
    }

    void insert(Risicotaxatie r) {
        jdbc.sql("""
                insert into risicotaxatie (id, version, dossier_id, instrument_id, status, kindermishandeling, started_at,
                    started_by) values (?, 0, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.dossierId(), r.instrumentId(), r.status().name(), r.kindermishandeling(),
                        ts(r.startedAt()), r.startedBy())
                .update();
    }

    void update(Risicotaxatie r) {
        VtConsultation vt = r.vtConsultation();
        int rows = jdbc.sql("""
                update risicotaxatie set version = version + 1, status = ?, kindermishandeling = ?, vt_consulted_at = ?,
                    vt_consulted_with = ?, vt_consultation_notes = ?, finalised_at = ?, finalised_by = ?, indicated = ?
                where id = ? and version = ?""")
                .params(r.status().name(), r.kindermishandeling(), vt == null ? null : ts(vt.at()),
                        vt == null ? null : vt.with(), vt == null ? null : vt.notes(), ts(r.finalisedAt()),
                        r.finalisedBy(), r.indicated(), r.id(), r.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("risicotaxatie changed by someone else");
        }
        for (ItemAnswer a : r.answers().values()) {
            jdbc.sql("""
                    insert into risicotaxatie_antwoord (risicotaxatie_id, item_code, answer, source, answered_by,
                        answered_by_name, answered_at) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (risicotaxatie_id, item_code) do update set answer = excluded.answer,
                        source = excluded.source, answered_by = excluded.answered_by,
                        answered_by_name = excluded.answered_by_name, answered_at = excluded.answered_at
                    where risicotaxatie_antwoord.answered_at <> excluded.answered_at""")
                    .params(r.id(), a.itemCode(), a.answer().name(), a.source() == null ? null : a.source().name(),
                            a.answeredBy(), a.answeredByName(), ts(a.answeredAt()))
                    .update();
        }
        for (SignalRating s : r.ratings().values()) {
            jdbc.sql("""
                    insert into risicotaxatie_beoordeling (risicotaxatie_id, signal_code, rating, rated_by, rated_by_name,
                        rated_at) values (?, ?, ?, ?, ?, ?)
                    on conflict (risicotaxatie_id, signal_code) do update set rating = excluded.rating,
                        rated_by = excluded.rated_by, rated_by_name = excluded.rated_by_name, rated_at = excluded.rated_at
                    where risicotaxatie_beoordeling.rated_at <> excluded.rated_at""")
                    .params(r.id(), s.signalCode(), s.rating().name(), s.ratedBy(), s.ratedByName(), ts(s.ratedAt()))
                    .update();
        }
    }

    private Risicotaxatie map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        jdbc.sql("select * from risicotaxatie_antwoord where risicotaxatie_id = ?").param(id).query(a -> {
            String source = a.getString("source");
            answers.put(a.getString("item_code"), new ItemAnswer(a.getString("item_code"),
                    Answer.valueOf(a.getString("answer")), source == null ? null : FactSource.valueOf(source),
                    a.getObject("answered_by", UUID.class), a.getString("answered_by_name"),
                    a.getTimestamp("answered_at").toInstant()));
        });
        Map<String, SignalRating> ratings = new LinkedHashMap<>();
        jdbc.sql("select * from risicotaxatie_beoordeling where risicotaxatie_id = ?").param(id).query(b -> {
            ratings.put(b.getString("signal_code"), new SignalRating(b.getString("signal_code"),
                    Rating.valueOf(b.getString("rating")), b.getObject("rated_by", UUID.class),
                    b.getString("rated_by_name"), b.getTimestamp("rated_at").toInstant()));
        });
        Instant vtAt = instant(rs, "vt_consulted_at");
        VtConsultation vt = vtAt == null ? null
                : new VtConsultation(vtAt, rs.getString("vt_consulted_with"), rs.getString("vt_consultation_notes"));
        boolean indicated = rs.getBoolean("indicated");
        Boolean indication = rs.wasNull() ? null : indicated;
        return new Risicotaxatie(id, rs.getInt("version"), rs.getObject("dossier_id", UUID.class),
                rs.getObject("instrument_id", UUID.class), AssessmentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("kindermishandeling"), vt, instant(rs, "started_at"),
                rs.getObject("started_by", UUID.class), instant(rs, "finalised_at"),
                rs.getObject("finalised_by", UUID.class), indication, answers, ratings);
    }
}
