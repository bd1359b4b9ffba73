package nl.huisverbod.enforcement;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OvertredingWebController {

    private final Overtredingen overtredingen;

    OvertredingWebController(Overtredingen overtredingen) {
        this.overtredingen = overtredingen;
    }

    @PostMapping("/dossiers/{id}/overtredingen")
    String report(@PathVariable UUID id, @RequestParam(required = false) String occurredAt,
                  @RequestParam(required = false) Overtreding.Vorm vorm,
                  @RequestParam(required = false) Overtreding.Melder gemeldDoor,
                  @RequestParam(required = false) boolean bronVertrouwelijk,
                  @RequestParam(required = false) String beschrijving,
                  @RequestParam(required = false) boolean procesVerbaal,
                  @RequestParam(required = false) boolean aanhouding) {
        LocalDateTime local;
        try {
            local = occurredAt == null || occurredAt.isBlank() ? null : LocalDateTime.parse(occurredAt);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(List.of(Violation.of("occurredAt", "validation.invalidFormat")));
        }
        overtredingen.report(id, new OvertredingMelding(local == null ? null : local.atZone(LegalTime.ZONE).toInstant(),
                vorm, gemeldDoor, bronVertrouwelijk, beschrijving, procesVerbaal, aanhouding));
        return "redirect:/dossiers/" + id + "?saved";
    }
}
