package nl.huisverbod.subscription;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.identity.SystemClients;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The functional administrator's page for the partners' links: every subscription with how its delivery
 * stands, a new one for a partner's system, and each one's delivery log.
 */
@Controller
class SubscriptionWebController {

    private final Subscriptions subscriptions;
    private final SystemClients systems;
    private final CurrentUserProvider currentUser;
    private final Messages messages;

    SubscriptionWebController(Subscriptions subscriptions, SystemClients systems, CurrentUserProvider currentUser,
                              Messages messages) {
        this.subscriptions = subscriptions;
        this.systems = systems;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/beheer/abonnementen")
    String list(Model model) {
        return list(model, new Subscriptions.Request("", null, List.of(), null), null, FormErrors.none());
    }

    @PostMapping("/beheer/abonnementen")
    String subscribe(@RequestParam(required = false) String account, @RequestParam(required = false) String callbackUrl,
                     @RequestParam(required = false) String formaat,
                     @RequestParam(required = false) List<String> soorten, @RequestParam(required = false) String auth,
                     Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        var request = new Subscriptions.Request(callbackUrl, formaat, soorten == null ? List.of() : soorten, auth);
        try {
            Subscriptions.Created created = subscriptions.subscribeFor(administrator(), account, request);
            // shown once, on the page the browser is sent to (a reload does not subscribe again)
            redirect.addFlashAttribute("secret", created.secret());
            return "redirect:/beheer/abonnementen/" + created.subscription().id();
        } catch (InvalidInputException e) {
            return list(model, request, account, FormErrors.of(e.violations(), messages));
        }
    }

    @GetMapping("/beheer/abonnementen/{id}")
    String show(@PathVariable UUID id, Model model) {
        administrator();
        return detail(model, id);
    }

    @PostMapping("/beheer/abonnementen/{id}/einde")
    String end(@PathVariable UUID id) {
        subscriptions.end(administrator(), id);
        return "redirect:/beheer/abonnementen/" + id + "?ended";
    }

    private String list(Model model, Subscriptions.Request form, String account, FormErrors errors) {
        model.addAttribute("subscriptions", subscriptions.visibleTo(administrator()));
        model.addAttribute("accounts", systems.accounts());
        model.addAttribute("kinds", PartnerEventKind.values());
        model.addAttribute("formats", java.util.Arrays.stream(Subscription.Format.values()).filter(Subscription.Format::isCallback).toList());
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        return "subscription/list";
    }

    private String detail(Model model, UUID id) {
        CurrentUser admin = administrator();
        model.addAttribute("subscription", subscriptions.get(admin, id));
        model.addAttribute("attempts", subscriptions.attempts(admin, id, 200));
        model.addAttribute("kindCodes", Arrays.stream(PartnerEventKind.values()).map(PartnerEventKind::code).toList());
        return "subscription/detail";
    }

    private CurrentUser administrator() {
        CurrentUser user = currentUser.require();
        if (!user.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("the partners' links are set up by the functional administrator");
        }
        return user;
    }
}
