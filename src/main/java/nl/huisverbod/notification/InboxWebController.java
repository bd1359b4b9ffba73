package nl.huisverbod.notification;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class InboxWebController {

    private final Notifications notifications;

    InboxWebController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("messages", notifications.inbox());
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}/gelezen")
    String markRead(@PathVariable UUID id) {
        notifications.markRead(id);
        return "redirect:/inbox";
    }
}
