package nl.huisverbod.audit;

import java.util.List;
import nl.huisverbod.identity.SystemKeysChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A change of the keys a partner system authenticates with is an entry of the trail, in the same transaction:
 * who may act as that system's organisation is as much the trail's business as who read a case.
 */
@Component
class SystemKeysAudit {

    private final AuditTrail trail;

    SystemKeysAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void changed(SystemKeysChanged event) {
        trail.record(new AuditRecord(AuditAction.WRITE, "systeemsleutels", event.systemAccountId(), null, List.of(),
                "sleutels van een partnersysteem vastleggen", "AVG art. 32",
                event.clientId() + ": " + String.join(", ", event.keyIds())));
    }
}
