package nl.huisverbod.web;

import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.notification.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the page header needs into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final CurrentUserProvider currentUser;
    private final Notifications notifications;

    LayoutModelAdvice(CurrentUserProvider currentUser, Notifications notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return currentUser.find().orElse(null);
    }

    @ModelAttribute("unreadCount")
    long unreadCount() {
        return currentUser.find().isPresent() ? notifications.unread() : 0;
    }

    @ModelAttribute("canRegister")
    boolean canRegister() {
        return currentUser.find().map(u -> u.has(Role.HOVJ, Role.POLITIE, Role.VT_COORDINATOR,
                Role.GEMEENTE_JURIST, Role.BURGEMEESTER)).orElse(false);
    }
}
