package nl.huisverbod.web;

import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.Dossiers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The timeline of a case: every change the viewer may see, in order, by whom. */
@RestController
class TimelineApiController {

    private final Dossiers dossiers;
    private final CaseTimeline timeline;

    TimelineApiController(Dossiers dossiers, CaseTimeline timeline) {
        this.dossiers = dossiers;
        this.timeline = timeline;
    }

    @GetMapping("/api/v1/dossiers/{id}/tijdlijn")
    List<CaseTimeline.TimelineEntry> timeline(@PathVariable UUID id) {
        dossiers.open(id, "tijdlijn (API)");
        return timeline.of(id, dossiers.zicht(id));
    }
}
