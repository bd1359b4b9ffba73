package nl.huisverbod.notification;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InboxApiController {

    private final Notifications notifications;

    InboxApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/inbox")
    List<Notification> inbox(nl.huisverbod.platform.ListRequest page) {
        return notifications.inbox(page);
    }
}
