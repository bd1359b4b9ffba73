package nl.huisverbod.decision;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The municipality's check queue, the checklist, the herstelbeschikking, and the police address check. */
@Controller
class LegalCheckWebController {

    private final JuridischeControles controles;
    private final CheckQueue checkQueue;
    private final Besluiten besluiten;
    private final Dossiers dossiers;
    private final Messages messages;

    LegalCheckWebController(JuridischeControles controles, CheckQueue checkQueue, Besluiten besluiten,
                            Dossiers dossiers, Messages messages) {
        this.controles = controles;
        this.checkQueue = checkQueue;
        this.besluiten = besluiten;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @GetMapping("/controle")
    String queue(Model model) {
        model.addAttribute("queue", checkQueue.items());
        return "decision/queue";
    }

    @GetMapping("/controle/{id}")
    String check(@PathVariable UUID id, Model model) {
        return page(model, id, FormErrors.none(), EnumSet.noneOf(ControlePunt.class), null);
    }

    @PostMapping("/controle/{id}")
    String record(@PathVariable UUID id, @RequestParam(required = false) Set<ControlePunt> akkoord,
                  @RequestParam(required = false) String opmerkingen, Model model) {
        try {
            controles.record(id, akkoord, opmerkingen);
            return "redirect:/controle?saved";
        } catch (InvalidInputException e) {
            return page(model, id, FormErrors.of(e.violations(), messages),
                    akkoord == null ? Set.of() : akkoord, opmerkingen);
        }
    }

    @PostMapping("/controle/{id}/herstel")
    String herstel(@PathVariable UUID id, @RequestParam int version,
                   @RequestParam(required = false) UUID beschikkingId,
                   @RequestParam(required = false) Vormfout vormfout, @RequestParam(required = false) String onjuist,
                   @RequestParam(required = false) String juist, @RequestParam(required = false) String toelichting,
                   Model model) {
        try {
            controles.herstel(id, version, new Herstel(beschikkingId, vormfout, onjuist, juist), toelichting);
            return "redirect:/dossiers/" + id + "?saved";
        } catch (InvalidInputException e) {
            // what was typed stays in the form
            model.addAttribute("herstel", new Herstel(beschikkingId, vormfout, onjuist, juist));
            model.addAttribute("herstelToelichting", toelichting);
            return page(model, id, FormErrors.of(e.violations(), messages), Set.of(), null);
        }
    }

    @GetMapping("/adrescheck")
    String addressCheck(@RequestParam(required = false) String postcode,
                        @RequestParam(required = false) String huisnummer, Model model) {
        model.addAttribute("postcode", postcode);
        model.addAttribute("huisnummer", huisnummer);
        if (postcode != null && !postcode.isBlank() && huisnummer != null && !huisnummer.isBlank()) {
            List<Huisverbod> running = besluiten.runningAt(postcode, huisnummer);
            model.addAttribute("checked", true);
            model.addAttribute("running", running);
        }
        return "decision/address-check";
    }

    private String page(Model model, UUID id, FormErrors errors, Set<ControlePunt> akkoord, String opmerkingen) {
        controles.requireChecker(id);
        model.addAttribute("d", dossiers.open(id, "juridische controle"));
        Huisverbod h = besluiten.forDossier(id).orElseThrow();
        model.addAttribute("hv", h);
        List<Beschikking> beschikkingen = besluiten.beschikkingen(h.id());
        model.addAttribute("beschikkingen", beschikkingen);
        // the first beschikking, read beside the checklist: the document itself, not a summary of it
        beschikkingen.stream().filter(b -> b.soort() == BeschikkingSoort.OPLEGGING).findFirst()
                .ifPresent(b -> model.addAttribute("tekst", besluiten.beschikkingText(id, b.id())));
        model.addAttribute("punten", ControlePunt.values());
        model.addAttribute("vormfouten", Vormfout.values());
        model.addAttribute("akkoord", akkoord);
        model.addAttribute("opmerkingen", opmerkingen);
        model.addAttribute("errors", errors);
        return "decision/check";
    }
}
