package nl.huisverbod.notification;

import java.util.UUID;
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

    InboxWebController(Notifications notifications, Deadlines deadlines) {
        this.notifications = notifications;
        this.deadlines = deadlines;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("messages", notifications.inbox());
        model.addAttribute("deadlines", deadlines.forMyOrganisation());
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}/gelezen")
    String markRead(@PathVariable UUID id) {
        notifications.markRead(id);
        return "redirect:/inbox";
    }
}
