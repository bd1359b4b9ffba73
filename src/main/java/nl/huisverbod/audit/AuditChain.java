package nl.huisverbod.audit;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import nl.huisverbod.shared.Sha256;

/** The hash that chains an entry to its predecessor: SHA-256 over every field and the previous hash. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(AuditEntry e, String prevHash) {
        String canonical = String.join("\u001F", canonicalFields(e), prevHash);
        return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every field in a fixed order. The trace and processing-activity fields came later (V31): they are added
     * only when one is set, so the hashes of entries written before them stay what they were.
     */
    private static String canonicalFields(AuditEntry e) {
        String fields = String.join("\u001F",
                Long.toString(e.seq()), e.occurredAt().toString(), str(e.userId()), str(e.username()),
                str(e.organisationId()), str(e.organisationName()), str(e.role()), e.action().name(),
                str(e.objectType()), str(e.objectId()), str(e.dossierId()),
                e.personIds().stream().map(Object::toString).collect(Collectors.joining(",")),
                str(e.purpose()), str(e.legalBasis()), str(e.details()));
        if (e.traceId() == null && e.spanId() == null && e.parentSpanId() == null && e.processingActivity() == null) {
            return fields;
        }
        return String.join("\u001F", fields, "dpl", str(e.traceId()), str(e.spanId()), str(e.parentSpanId()),
                str(e.processingActivity()));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
