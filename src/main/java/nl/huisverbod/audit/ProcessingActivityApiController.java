package nl.huisverbod.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of processing activities that every audit entry refers to (AVG art. 30; Logboek
 * Dataverwerkingen {@code dpl.core.processing_activity_id}). It holds no personal data: every signed-in
 * caller, person or system, may read it.
 */
@RestController
class ProcessingActivityApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final Messages messages;

    ProcessingActivityApiController(Messages messages) {
        this.messages = messages;
    }

    record Verwerkingsactiviteit(String id, String naam, String doel, String grondslag) {
    }

    @GetMapping("/api/v1/verwerkingsactiviteiten")
    List<Verwerkingsactiviteit> all() {
        return Arrays.stream(ProcessingActivity.values()).map(this::of).toList();
    }

    @GetMapping("/api/v1/verwerkingsactiviteiten/{id}")
    Verwerkingsactiviteit one(@PathVariable String id) {
        return ProcessingActivity.byId(id).map(this::of).orElseThrow(() -> new NotFoundException("verwerkingsactiviteit"));
    }

    private Verwerkingsactiviteit of(ProcessingActivity a) {
        return new Verwerkingsactiviteit(a.id(), messages.get(DUTCH, "activity." + a.id() + ".name"),
                messages.get(DUTCH, "activity." + a.id() + ".purpose"), a.legalBasis());
    }
}
