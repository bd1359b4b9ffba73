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
    private final PersonLookup personLookup;

    AuditApiController(AuditTrail trail, AdministratorOnly administratorOnly, PersonLookup personLookup) {
        this.trail = trail;
        this.administratorOnly = administratorOnly;
        this.personLookup = personLookup;
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

    /** AVG art. 15: every access to the data of the person(s) with this BSN. */
    @GetMapping("/api/v1/audit-regels/inzage")
    List<AuditEntry> byBsn(@RequestParam(required = false) String bsn) {
        administratorOnly.check();
        if (bsn == null || bsn.isBlank()) {
            throw nl.huisverbod.shared.InvalidInputException.of("bsn", "validation.required");
        }
        return trail.whoAccessedBsn(bsn, personLookup);
    }

    @GetMapping("/api/v1/audit-verificatie")
    AuditVerification verify() {
        administratorOnly.check();
        return trail.verify();
    }
}
