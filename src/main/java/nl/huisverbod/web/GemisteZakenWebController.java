package nl.huisverbod.web;

import nl.huisverbod.incidents.GemisteZaken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The police knowledge centre's worklist of missed cases. */
@Controller
class GemisteZakenWebController {

    private final GemisteZaken gemisteZaken;

    GemisteZakenWebController(GemisteZaken gemisteZaken) {
        this.gemisteZaken = gemisteZaken;
    }

    @GetMapping("/gemiste-zaken")
    String list(Model model) {
        model.addAttribute("adressen", gemisteZaken.forMyUnit());
        model.addAttribute("personen", gemisteZaken.personsForMyUnit());
        return "web/gemiste-zaken";
    }
}
