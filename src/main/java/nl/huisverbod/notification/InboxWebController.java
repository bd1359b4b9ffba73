package nl.huisverbod.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.care.Hulpteam;
import nl.huisverbod.care.Taken;
import nl.huisverbod.deadlines.Deadline;
import nl.huisverbod.deadlines.Deadlines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class InboxWebController {

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

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("messages", notifications.inbox());
        Instant now = clock.instant();
        // overdue, due within a day, and coming: the order the inbox shows them in
        Map<Deadline.Urgentie, List<Deadline>> grouped = new EnumMap<>(Deadline.Urgentie.class);
        List<Deadline> mine = new ArrayList<>();
        var myCases = hulpteam.myCases();
        for (Deadline d : deadlines.forMyOrganisation()) {
            grouped.computeIfAbsent(d.urgentie(now), k -> new ArrayList<>()).add(d);
            if (myCases.contains(d.dossierId())) {
                mine.add(d);
            }
        }
        model.addAttribute("deadlineGroups", grouped);
        // the user's own cases first: where the user is named on the team
        model.addAttribute("myDeadlines", mine);
        model.addAttribute("tasks", taken.mine());
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}/gelezen")
    String markRead(@PathVariable UUID id) {
        notifications.markRead(id);
        return "redirect:/inbox";
    }
}
