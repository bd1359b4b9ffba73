package nl.huisverbod.deadlines;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeadlineApiController {

    private final Deadlines deadlines;

    DeadlineApiController(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/v1/dossiers/{id}/termijnen")
    List<Deadline> ofCase(@PathVariable UUID id) {
        return deadlines.forDossier(id);
    }

    /** Open and missed deadlines of the user's organisation, most urgent first. */
    @GetMapping("/api/v1/termijnen")
    List<Deadline> mine() {
        return deadlines.forMyOrganisation();
    }
}
