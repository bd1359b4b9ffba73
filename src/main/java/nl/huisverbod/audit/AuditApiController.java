package nl.huisverbod.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the functional administrator: search, "who accessed this person", verification. */
@RestController
class AuditApiController {

    private final AuditTrail trail;
    private final AdministratorOnly administratorOnly;

    AuditApiController(AuditTrail trail, AdministratorOnly administratorOnly) {
        this.trail = trail;
        this.administratorOnly = administratorOnly;
    }

    @GetMapping("/api/v1/audit-regels")
    List<AuditEntry> search(@RequestParam(required = false) String gebruikersnaam,
                            @RequestParam(required = false) UUID dossierId,
                            @RequestParam(required = false) UUID persoonId,
                            @RequestParam(required = false) AuditAction actie,
                            @RequestParam(required = false) Instant van,
                            @RequestParam(required = false) Instant tot,
                            @RequestParam(defaultValue = "200") int limit) {
        administratorOnly.check();
        return trail.search(new AuditQuery(gebruikersnaam, dossierId, persoonId, actie, van, tot, limit));
    }

    @GetMapping("/api/v1/audit-verificatie")
    AuditVerification verify() {
        administratorOnly.check();
        return trail.verify();
    }
}
