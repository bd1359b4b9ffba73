package nl.huisverbod.decision;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Mandaat;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HuisverbodRepository {

    private final JdbcClient jdbc;

    HuisverbodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Huisverbod> findByDossier(UUID dossierId) {
        return jdbc.sql("select * from huisverbod where dossier_id = ?").param(dossierId).query(HuisverbodRepository::map)
                .optional();
    }

    Optional<Huisverbod> find(UUID id) {
        return jdbc.sql("select * from huisverbod where id = ?").param(id).query(HuisverbodRepository::map).optional();
    }

    /** Orders imposed at an address that have not ended yet: the police address flag. */
    List<Huisverbod> runningAt(String postcode, String huisnummer, Instant now) {
        return jdbc.sql("""
                select * from huisverbod where postcode = ? and lower(huisnummer) = lower(?) and status = 'OPGELEGD'
                  and imposed_at <= ? and ends_at > ?""")
                .params(postcode, huisnummer, ts(now), ts(now)).query(HuisverbodRepository::map).list();
    }

    List<Huisverbod> withStatus(String gemeenteCode, HuisverbodStatus status) {
        return jdbc.sql("select * from huisverbod where gemeente_code = ? and status = ? order by coalesce(decided_at, proposed_at) desc")
                .params(gemeenteCode, status.name()).query(HuisverbodRepository::map).list();
    }

    /** Imposed orders of a municipality without an approving legal check: the municipality's check queue. */
    List<Huisverbod> awaitingLegalCheck(String gemeenteCode) {
        return jdbc.sql("""
                select h.* from huisverbod h where h.gemeente_code = ? and h.status = 'OPGELEGD'
                  and not exists (select 1 from juridische_controle j where j.huisverbod_id = h.id and j.uitkomst = 'GOEDGEKEURD')
                order by h.imposed_at""")
                .param(gemeenteCode).query(HuisverbodRepository::map).list();
    }

    /**
     * Ends every running order whose end moment has passed, in one statement: each order ends in exactly one
     * transaction, also with several nodes. Returns the ended orders.
     */
    List<Huisverbod> endDue(Instant now, int limit) {
        return jdbc.sql("""
                update huisverbod set status = 'BEEINDIGD', ended_at = ?, version = version + 1
                where id in (select id from huisverbod where status = 'OPGELEGD' and ends_at <= ?
                             order by ends_at limit ? for update skip locked)
                returning *""")
                .params(ts(now), ts(now), limit).query(HuisverbodRepository::map).list();
    }

    void save(Huisverbod h, boolean isNew) {
        if (isNew) {
            jdbc.sql("""
                    insert into huisverbod (id, version, dossier_id, status, gemeente_code, postcode, huisnummer, mandaat)
                    values (?, 0, ?, ?, ?, ?, ?, ?)""")
                    .params(h.id, h.dossierId, h.status.name(), h.gemeenteCode, h.postcode, h.huisnummer,
                            h.mandaat.name())
                    .update();
        }
        int rows = jdbc.sql("""
                update huisverbod set version = version + 1, status = ?, mandaat = ?, feiten = ?, afwijkingsreden = ?,
                    reden_niet_opleggen = ?, reden_toelichting = ?, proposed_at = ?, proposed_by = ?, proposed_by_name = ?,
                    voorstel = ?, decided_at = ?, decided_by = ?, decided_by_name = ?, decided_by_role = ?, imposed_at = ?,
                    ends_at = ?, mondeling = ?, late_recording_reason = ?, served_at = ?, serving_method = ?, reachability = ?,
                    reachability_recorded_at = ?, keys_handed_in_at = ?, keys_receipt = ?, lawyer_requested_at = ?,
                    lawyer_arranged_at = ?, lawyer_name = ?, extended_at = ?, extended_by = ?, extended_by_name = ?,
                    extension_reasons = ?, extension_not_heard_reason = ?, extension_no_zorgadvies_reason = ?,
                    extension_no_beleidsadvies_reason = ?, withdrawn_at = ?, withdrawn_by = ?, withdrawn_by_name = ?,
                    withdrawal_reason = ?, withdrawal_explanation = ?, annulled_at = ?,
                    extension_declined_at = ?, extension_declined_by_name = ?, extension_declined_reason = ?
                where id = ? and version = ?""")
                .params(h.status.name(), h.mandaat.name(), h.feiten, h.afwijkingsreden, name(h.redenNietOpleggen),
                        h.redenToelichting, ts(h.proposedAt), h.proposedBy, h.proposedByName, name(h.voorstel),
                        ts(h.decidedAt), h.decidedBy, h.decidedByName, name(h.decidedByRole), ts(h.imposedAt),
                        ts(h.endsAt), h.mondeling, h.lateRecordingReason, ts(h.servedAt), name(h.servingMethod), h.reachability,
                        ts(h.reachabilityRecordedAt), ts(h.keysHandedInAt), h.keysReceipt, ts(h.lawyerRequestedAt),
                        ts(h.lawyerArrangedAt), h.lawyerName, ts(h.extendedAt), h.extendedBy, h.extendedByName,
                        h.extensionReasons, h.extensionNotHeardReason, h.extensionNoZorgadviesReason,
                        h.extensionNoBeleidsadviesReason, ts(h.withdrawnAt), h.withdrawnBy, h.withdrawnByName,
                        name(h.withdrawalReason), h.withdrawalExplanation, ts(h.annulledAt),
                        ts(h.extensionDeclinedAt), h.extensionDeclinedByName, h.extensionDeclinedReason, h.id, isNew ? 0 : h.version)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("huisverbod changed by someone else");
        }
    }

    private static Huisverbod map(ResultSet rs, int row) throws SQLException {
        var h = new Huisverbod(rs.getObject("id", UUID.class), rs.getInt("version"),
                rs.getObject("dossier_id", UUID.class), HuisverbodStatus.valueOf(rs.getString("status")),
                rs.getString("gemeente_code"), rs.getString("postcode"), rs.getString("huisnummer"),
                Mandaat.valueOf(rs.getString("mandaat")));
        h.feiten = rs.getString("feiten");
        h.afwijkingsreden = rs.getString("afwijkingsreden");
        h.redenNietOpleggen = enumOf(RedenNietOpleggen.class, rs.getString("reden_niet_opleggen"));
        h.redenToelichting = rs.getString("reden_toelichting");
        h.proposedAt = instant(rs, "proposed_at");
        h.proposedBy = rs.getObject("proposed_by", UUID.class);
        h.proposedByName = rs.getString("proposed_by_name");
        h.voorstel = enumOf(Besluit.class, rs.getString("voorstel"));
        h.decidedAt = instant(rs, "decided_at");
        h.decidedBy = rs.getObject("decided_by", UUID.class);
        h.decidedByName = rs.getString("decided_by_name");
        h.decidedByRole = enumOf(Role.class, rs.getString("decided_by_role"));
        h.imposedAt = instant(rs, "imposed_at");
        h.endsAt = instant(rs, "ends_at");
        h.mondeling = rs.getBoolean("mondeling");
        h.lateRecordingReason = rs.getString("late_recording_reason");
        h.servedAt = instant(rs, "served_at");
        h.servingMethod = enumOf(Uitreiking.class, rs.getString("serving_method"));
        h.reachability = rs.getString("reachability");
        h.reachabilityRecordedAt = instant(rs, "reachability_recorded_at");
        h.keysHandedInAt = instant(rs, "keys_handed_in_at");
        h.keysReceipt = rs.getString("keys_receipt");
        h.lawyerRequestedAt = instant(rs, "lawyer_requested_at");
        h.lawyerArrangedAt = instant(rs, "lawyer_arranged_at");
        h.lawyerName = rs.getString("lawyer_name");
        h.extendedAt = instant(rs, "extended_at");
        h.extendedBy = rs.getObject("extended_by", UUID.class);
        h.extendedByName = rs.getString("extended_by_name");
        h.extensionReasons = rs.getString("extension_reasons");
        h.extensionNotHeardReason = rs.getString("extension_not_heard_reason");
        h.extensionNoZorgadviesReason = rs.getString("extension_no_zorgadvies_reason");
        h.extensionNoBeleidsadviesReason = rs.getString("extension_no_beleidsadvies_reason");
        h.withdrawnAt = instant(rs, "withdrawn_at");
        h.withdrawnBy = rs.getObject("withdrawn_by", UUID.class);
        h.withdrawnByName = rs.getString("withdrawn_by_name");
        h.withdrawalReason = enumOf(RedenIntrekking.class, rs.getString("withdrawal_reason"));
        h.withdrawalExplanation = rs.getString("withdrawal_explanation");
        h.endedAt = instant(rs, "ended_at");
        h.extensionDeclinedAt = instant(rs, "extension_declined_at");
        h.extensionDeclinedByName = rs.getString("extension_declined_by_name");
        h.extensionDeclinedReason = rs.getString("extension_declined_reason");
        h.annulledAt = instant(rs, "annulled_at");
        return h;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
