package nl.huisverbod.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.platform.ListRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the functional administrator: search, "who accessed this person", verification. */
@RestController
class AuditApiController {

    private final AuditTrail trail;
    private final AdministratorOnly administratorOnly;
    private final PersonLookup personLookup;
    private final AuditAnchor anchor;

    AuditApiController(AuditTrail trail, AdministratorOnly administratorOnly, PersonLookup personLookup,
                       AuditAnchor anchor) {
        this.anchor = anchor;
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
                            @RequestParam(required = false) String traceId, ListRequest page) {
        administratorOnly.check();
        return trail.search(new AuditQuery(gebruikersnaam, dossierId, persoonId == null ? null : List.of(persoonId),
                actie, van, tot, traceId), page);
    }

    /** AVG art. 15: every access to the data of the person(s) with this BSN. */
    @GetMapping("/api/v1/audit-regels/inzage")
    List<AuditEntry> byBsn(@RequestParam(required = false) String bsn, ListRequest page) {
        administratorOnly.check();
        if (bsn == null || bsn.isBlank()) {
            throw nl.huisverbod.shared.InvalidInputException.of("bsn", "validation.required");
        }
        return trail.search(trail.whoAccessedBsn(bsn, personLookup), page);
    }

    /**
     * The signed heads of the chain with the public key that verifies them: an outside party (the
     * organisation's security officer, an auditor) keeps them, so that a rewritten history shows later.
     */
    @GetMapping("/api/v1/audit-controlepunten")
    Checkpoints checkpoints(@RequestParam(defaultValue = "100") int limit) {
        administratorOnly.check();
        return new Checkpoints("Ed25519", anchor.keyId(), anchor.publicKeyBase64(), trail.checkpoints(limit));
    }

    record Checkpoints(String algoritme, String sleutelId, String publiekeSleutel, List<AuditCheckpoint> controlepunten) {
    }

    @GetMapping("/api/v1/audit-verificatie")
    AuditVerification verify() {
        administratorOnly.check();
        return trail.verify();
    }
}
