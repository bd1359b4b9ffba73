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
        String canonical = String.join("\u001F",
                Long.toString(e.seq()), e.occurredAt().toString(), str(e.userId()), str(e.username()),
                str(e.organisationId()), str(e.organisationName()), str(e.role()), e.action().name(),
                str(e.objectType()), str(e.objectId()), str(e.dossierId()),
                e.personIds().stream().map(Object::toString).collect(Collectors.joining(",")),
                str(e.purpose()), str(e.legalBasis()), str(e.details()), prevHash);
        return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
