package nl.huisverbod.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the functional administrator: search, "who accessed this person", verification. */
@RestController
class AuditApiController {

    private final AuditTrail trail;
    private final CurrentUserProvider currentUser;

    AuditApiController(AuditTrail trail, CurrentUserProvider currentUser) {
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/audit-regels")
    List<AuditEntry> search(@RequestParam(required = false) String gebruikersnaam,
                            @RequestParam(required = false) UUID dossierId,
                            @RequestParam(required = false) UUID persoonId,
                            @RequestParam(required = false) AuditAction actie,
                            @RequestParam(required = false) Instant van,
                            @RequestParam(required = false) Instant tot,
                            @RequestParam(defaultValue = "200") int limit) {
        requireAdministrator();
        return trail.search(new AuditQuery(gebruikersnaam, dossierId, persoonId, actie, van, tot, limit));
    }

    @GetMapping("/api/v1/audit-verificatie")
    AuditVerification verify() {
        requireAdministrator();
        return trail.verify();
    }

    private void requireAdministrator() {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("audit trail is for the functional administrator");
        }
    }
}
