package nl.huisverbod.enforcement;

import java.util.UUID;
import nl.huisverbod.platform.FormTime;
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
        overtredingen.report(id, new OvertredingMelding(FormTime.parse(occurredAt, "occurredAt"), vorm, gemeldDoor, bronVertrouwelijk, beschrijving, procesVerbaal, aanhouding));
        return "redirect:/dossiers/" + id + "?saved";
    }
}
