package nl.huisverbod.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The functional administrator's page for the figures: imports of historical cases with their progress and
 * rejected lines, the small-cell threshold, each municipality's consent, and refreshing the live cases. A
 * municipality records its own consent from its dashboard.
 */
@Controller
class CijferBeheerWebController {

    private final ZaakImport zaakImport;
    private final CijferInstellingen instellingen;
    private final LiveZaken liveZaken;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final Messages messages;

    CijferBeheerWebController(ZaakImport zaakImport, CijferInstellingen instellingen, LiveZaken liveZaken,
                              Municipalities municipalities, CurrentUserProvider currentUser, Messages messages) {
        this.zaakImport = zaakImport;
        this.instellingen = instellingen;
        this.liveZaken = liveZaken;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/beheer/cijfers")
    String page(Model model) {
        return page(model, FormErrors.none(), null);
    }

    private String page(Model model, FormErrors errors, String bron) {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("the figures are administered by the functional administrator");
        }
        model.addAttribute("imports", zaakImport.recent());
        model.addAttribute("drempel", instellingen.drempel());
        Map<String, Boolean> toestemming = new HashMap<>();
        instellingen.toestemmingen().forEach(t -> toestemming.put(t.gemeenteCode(), t.toestemming()));
        model.addAttribute("toestemming", toestemming);
        model.addAttribute("gemeenten", municipalities.allCurrent());
        model.addAttribute("errors", errors);
        model.addAttribute("bron", bron);
        return "figures/beheer";
    }

    @PostMapping("/beheer/cijfers/import")
    String importeer(@RequestParam(required = false) String bron, @RequestParam(required = false) MultipartFile bestand,
                     Model model, RedirectAttributes redirect) {
        try {
            if (bestand == null || bestand.isEmpty()) {
                throw InvalidInputException.of("bestand", "validation.required");
            }
            zaakImport.start(bron, bestand.getInputStream());
            redirect.addFlashAttribute("melding", messages.get("figures.admin.importStarted"));
            return "redirect:/beheer/cijfers#imports";
        } catch (InvalidInputException e) {
            return page(model, FormErrors.of(e.violations(), messages), bron);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/beheer/cijfers/drempel")
    String drempel(@RequestParam(required = false) String drempel, Model model, RedirectAttributes redirect) {
        try {
            Integer waarde;
            try {
                waarde = drempel == null || drempel.isBlank() ? null : Integer.valueOf(drempel.trim());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("drempel", "figures.threshold");
            }
            instellingen.setDrempel(waarde);
            redirect.addFlashAttribute("melding", messages.get("common.saved"));
            return "redirect:/beheer/cijfers";
        } catch (InvalidInputException e) {
            return page(model, FormErrors.of(e.violations(), messages), null);
        }
    }

    @PostMapping("/beheer/cijfers/vernieuwing")
    String vernieuw(RedirectAttributes redirect) {
        int n = liveZaken.vernieuwNu();
        redirect.addFlashAttribute("melding", messages.get("figures.admin.refreshed", String.valueOf(n)));
        return "redirect:/beheer/cijfers";
    }

    /** The administrator for any municipality, a mayor or lawyer for their own (from the dashboard). */
    @PostMapping("/cijfers/toestemming/{gemeenteCode}")
    String toestemming(@PathVariable String gemeenteCode, @RequestParam boolean toestemming,
                       @RequestParam(required = false) String terug, RedirectAttributes redirect) {
        instellingen.setToestemming(gemeenteCode, toestemming);
        redirect.addFlashAttribute("melding", messages.get("figures.consent.saved"));
        return "redirect:" + ("dashboard".equals(terug) ? "/cijfers/gemeente?gemeente=" + gemeenteCode
                : "/beheer/cijfers#toestemming");
    }
}
