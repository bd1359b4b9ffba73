package nl.huisverbod.enforcement;

import java.time.Instant;
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

/** The municipality records legal remedies from the case page. */
@Controller
class RechtsmiddelWebController {

    private final Rechtsmiddelen rechtsmiddelen;

    RechtsmiddelWebController(Rechtsmiddelen rechtsmiddelen) {
        this.rechtsmiddelen = rechtsmiddelen;
    }

    @PostMapping("/dossiers/{id}/rechtsmiddelen")
    String lodge(@PathVariable UUID id, @RequestParam(required = false) Rechtsmiddel.Soort soort,
                 @RequestParam(required = false) String ingediendOp) {
        rechtsmiddelen.lodge(id, soort, local(ingediendOp, "ingediendOp"));
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/rechtsmiddelen/{rid}/zitting")
    String hearing(@PathVariable UUID id, @PathVariable UUID rid, @RequestParam int version,
                   @RequestParam(required = false) String zittingOp,
                   @RequestParam(required = false) Boolean minderjarigenGehoord) {
        rechtsmiddelen.hearing(id, rid, version, local(zittingOp, "zittingOp"), minderjarigenGehoord);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/rechtsmiddelen/{rid}/uitspraak")
    String ruling(@PathVariable UUID id, @PathVariable UUID rid, @RequestParam int version,
                  @RequestParam(required = false) String uitspraakOp,
                  @RequestParam(required = false) Rechtsmiddel.Uitkomst uitkomst,
                  @RequestParam(required = false) String toelichting) {
        rechtsmiddelen.ruling(id, rid, version, local(uitspraakOp, "uitspraakOp"), uitkomst, toelichting);
        return "redirect:/dossiers/" + id + "?saved";
    }

    private static Instant local(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(LegalTime.ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(List.of(Violation.of(field, "validation.invalidFormat")));
        }
    }
}
