package nl.huisverbod.web;

import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.KeptSubmissions;
import nl.huisverbod.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The work list: the cases the user's role gives access to, and proposals awaiting the mayor. */
@Controller
class HomeController {

    private final Dossiers dossiers;
    private final Besluiten besluiten;
    private final CurrentUserProvider currentUser;
    private final KeptSubmissions keptSubmissions;

    HomeController(Dossiers dossiers, Besluiten besluiten, CurrentUserProvider currentUser,
                   KeptSubmissions keptSubmissions) {
        this.dossiers = dossiers;
        this.besluiten = besluiten;
        this.currentUser = currentUser;
        this.keptSubmissions = keptSubmissions;
    }

    @GetMapping("/")
    String home(Model model, jakarta.servlet.http.HttpServletRequest request) {
        CurrentUser user = currentUser.require();
        if (keptSubmissions.ofCurrentPerson(request).isPresent()) {
            return "redirect:/bewaard"; // signed in again after the session expired on a form
        }
        if (user.has(Role.FUNCTIONEEL_BEHEERDER)) {
            return "redirect:/beheer/audit";
        }
        if (user.has(Role.ONDERZOEKER)) {
            return "redirect:/cijfers";
        }
        model.addAttribute("cases", dossiers.visibleCases(200));
        model.addAttribute("proposals", besluiten.proposalsForMayor());
        return "web/home";
    }
}
