package nl.huisverbod.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.deadlines.Deadline;
import nl.huisverbod.deadlines.Deadlines;
import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.KeptSubmissions;
import nl.huisverbod.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The work list: the cases the user's role gives access to, each with the organisation's next deadline,
 * searchable; and proposals awaiting the mayor.
 */
@Controller
class HomeController {

    private final Dossiers dossiers;
    private final Besluiten besluiten;
    private final CurrentUserProvider currentUser;
    private final KeptSubmissions keptSubmissions;
    private final Deadlines deadlines;

    HomeController(Dossiers dossiers, Besluiten besluiten, CurrentUserProvider currentUser,
                   KeptSubmissions keptSubmissions, Deadlines deadlines) {
        this.deadlines = deadlines;
        this.dossiers = dossiers;
        this.besluiten = besluiten;
        this.currentUser = currentUser;
        this.keptSubmissions = keptSubmissions;
    }

    /** A work list in pages: a HOvJ on a phone scrolled 30,000 px through 200 cases (issue 12). */
    static final int CASES_PER_PAGE = 10;

    @GetMapping("/")
    String home(Model model, HttpServletRequest request,
                @RequestParam(required = false) String zoek, @RequestParam(required = false) String pagina) {
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
        Map<UUID, Deadline> next = new HashMap<>();
        deadlines.forMyOrganisation().stream().filter(t -> t.status() == Deadline.Status.OPEN)
                .forEach(t -> next.putIfAbsent(t.dossierId(), t)); // most urgent first
        model.addAttribute("zoek", zoek);
        model.addAttribute("next", next);
        // a search finds nothing more than the list shows, and every case the user may see
        model.addAttribute("cases", dossiers.workList(zoek, pagina, CASES_PER_PAGE));
        model.addAttribute("proposals", besluiten.proposalsForMayor());
        return "web/home";
    }
}
