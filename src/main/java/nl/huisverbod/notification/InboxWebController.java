package nl.huisverbod.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.care.Hulpteam;
import nl.huisverbod.care.Taken;
import nl.huisverbod.deadlines.Deadline;
import nl.huisverbod.deadlines.Deadlines;
import nl.huisverbod.platform.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class InboxWebController {

    static final int MESSAGES_PER_PAGE = 20;
    static final int CASES_PER_PAGE = 10;

    private final Notifications notifications;
    private final Deadlines deadlines;
    private final Taken taken;
    private final Hulpteam hulpteam;
    private final Clock clock;

    InboxWebController(Notifications notifications, Deadlines deadlines, Taken taken, Hulpteam hulpteam, Clock clock) {
        this.hulpteam = hulpteam;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.taken = taken;
        this.clock = clock;
    }

    /**
     * The deadlines per case and the messages, each list in pages of its own ({@code termijnen}, {@code pagina});
     * with {@code dossier} only those of one case (a coordinator with twelve cases, from the case page).
     */
    @GetMapping("/inbox")
    String inbox(Model model, @RequestParam(required = false) String pagina,
                 @RequestParam(required = false) String termijnen, @RequestParam(required = false) UUID dossier) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("messages", notifications.inboxPage(dossier, pagina, MESSAGES_PER_PAGE));
        // per case, the most urgent case first; the user's own cases (named on the team) before the others
        var myCases = hulpteam.myCases();
        Map<UUID, List<Deadline>> perCase = new java.util.LinkedHashMap<>();
        deadlines.forMyOrganisation().stream().filter(d -> dossier == null || dossier.equals(d.dossierId()))
                .sorted(java.util.Comparator.comparing(Deadline::dueAt))
                .forEach(d -> perCase.computeIfAbsent(d.dossierId(), k -> new ArrayList<>()).add(d));
        List<CaseDeadlines> cases = new ArrayList<>();
        perCase.forEach((id, list) -> cases.add(new CaseDeadlines(id, list.get(0).dossierNummer(),
                myCases.contains(id), list)));
        cases.sort(java.util.Comparator.comparing((CaseDeadlines c) -> !c.mine())
                .thenComparing(c -> c.deadlines().get(0).dueAt()));
        model.addAttribute("deadlineCases", PageOf.of(cases, termijnen, CASES_PER_PAGE));
        model.addAttribute("tasks", taken.mine());
        return "notification/inbox";
    }

    /** One case's open deadlines, soonest first. */
    record CaseDeadlines(UUID dossierId, String nummer, boolean mine, List<Deadline> deadlines) {
    }

    @PostMapping("/inbox/{id}/gelezen")
    String markRead(@PathVariable UUID id) {
        notifications.markRead(id);
        return "redirect:/inbox";
    }
}
