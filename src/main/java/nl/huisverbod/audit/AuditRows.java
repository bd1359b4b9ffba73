package nl.huisverbod.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads audit entries from result sets. */
final class AuditRows {

    /** The column of each field an API caller can sort the entries on (ListRequest); text as Java compares it. */
    static final java.util.Map<String, String> SORT_COLUMNS = java.util.Map.ofEntries(
            java.util.Map.entry("seq", "seq"), java.util.Map.entry("occurredAt", "occurred_at"),
            java.util.Map.entry("username", "username collate \"C\""),
            java.util.Map.entry("organisationName", "organisation_name collate \"C\""),
            java.util.Map.entry("role", "role collate \"C\""), java.util.Map.entry("action", "action collate \"C\""),
            java.util.Map.entry("objectType", "object_type collate \"C\""),
            java.util.Map.entry("purpose", "purpose collate \"C\""),
            java.util.Map.entry("legalBasis", "legal_basis collate \"C\""),
            java.util.Map.entry("details", "details collate \"C\""),
            java.util.Map.entry("traceId", "trace_id collate \"C\""), java.util.Map.entry("spanId", "span_id collate \"C\""),
            java.util.Map.entry("parentSpanId", "parent_span_id collate \"C\""),
            java.util.Map.entry("processingActivity", "processing_activity collate \"C\""));

    private AuditRows() {
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        Array persons = rs.getArray("person_ids");
        List<UUID> personIds = persons == null ? List.of() : Arrays.asList((UUID[]) persons.getArray());
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("user_id", UUID.class), rs.getString("username"),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), rs.getString("role"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"),
                rs.getObject("object_id", UUID.class), rs.getObject("dossier_id", UUID.class), personIds,
                rs.getString("purpose"), rs.getString("legal_basis"), rs.getString("details"),
                rs.getString("trace_id"), rs.getString("span_id"), rs.getString("parent_span_id"),
                rs.getString("processing_activity"));
    }
}
