package nl.huisverbod.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.Dossiers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The timeline of a case: every change, in order, by whom (for whoever may open the case). */
@RestController
class TimelineApiController {

    record TimelineEntry(Instant op, String door, String organisatie, String rol, String wat, String toelichting) {
    }

    private final Dossiers dossiers;
    private final AuditTrail audit;

    TimelineApiController(Dossiers dossiers, AuditTrail audit) {
        this.dossiers = dossiers;
        this.audit = audit;
    }

    @GetMapping("/api/v1/dossiers/{id}/tijdlijn")
    List<TimelineEntry> timeline(@PathVariable UUID id) {
        dossiers.open(id, "tijdlijn (API)");
        return audit.timeline(id).stream().map(e -> new TimelineEntry(e.occurredAt(), e.username(),
                e.organisationName(), e.role(), e.purpose(), e.details())).toList();
    }
}
