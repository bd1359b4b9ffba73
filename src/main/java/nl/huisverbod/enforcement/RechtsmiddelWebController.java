package nl.huisverbod.enforcement;

import java.util.UUID;
import nl.huisverbod.platform.FormTime;
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
        rechtsmiddelen.lodge(id, soort, FormTime.parse(ingediendOp, "ingediendOp"));
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/rechtsmiddelen/{rid}/zitting")
    String hearing(@PathVariable UUID id, @PathVariable UUID rid, @RequestParam int version,
                   @RequestParam(required = false) String zittingOp,
                   @RequestParam(required = false) Boolean minderjarigenGehoord,
                   @RequestParam(required = false) String redenNietGehoord) {
        rechtsmiddelen.hearing(id, rid, version, FormTime.parse(zittingOp, "zittingOp"), minderjarigenGehoord,
                redenNietGehoord);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/rechtsmiddelen/{rid}/uitspraak")
    String ruling(@PathVariable UUID id, @PathVariable UUID rid, @RequestParam int version,
                  @RequestParam(required = false) String uitspraakOp,
                  @RequestParam(required = false) Rechtsmiddel.Uitkomst uitkomst,
                  @RequestParam(required = false) String toelichting) {
        rechtsmiddelen.ruling(id, rid, version, FormTime.parse(uitspraakOp, "uitspraakOp"), uitkomst, toelichting);
        return "redirect:/dossiers/" + id + "?saved";
    }

}
