package nl.huisverbod.zgw;

import java.util.List;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.SystemClients;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The functional administrator links a municipality's ZGW store: the linked stores, and a form for a new link
 * that names every field that is wrong. A new link opens on its delivery log (the page of its subscription).
 */
@Controller
class ZgwLinkWebController {

    /** The form's fields, in the order they are shown. */
    static final List<String> FIELDS = List.of("zakenUrl", "besluitenUrl", "documentenUrl", "rsin", "zaaktype",
            "besluittypeOplegging", "besluittypeVerlenging", "besluittypeIntrekking", "statustypeOpgelegd",
            "statustypeVerlengd", "statustypeBeeindigd", "resultaattype", "informatieobjecttype", "clientId");

    private final ZgwLinks links;
    private final SystemClients systems;
    private final CurrentUserProvider currentUser;
    private final Messages messages;

    ZgwLinkWebController(ZgwLinks links, SystemClients systems, CurrentUserProvider currentUser, Messages messages) {
        this.links = links;
        this.systems = systems;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/beheer/zgw-koppelingen")
    String list(Model model) {
        return page(model, new ZgwLinks.Request(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null), FormErrors.none());
    }

    @PostMapping("/beheer/zgw-koppelingen")
    String create(@ModelAttribute ZgwLinks.Request request, Model model) {
        try {
            ZgwLink link = links.create(currentUser.require(), request);
            return "redirect:/beheer/abonnementen/" + link.subscriptionId();
        } catch (InvalidInputException e) {
            return page(model, request, FormErrors.of(e.violations(), messages));
        }
    }

    private String page(Model model, ZgwLinks.Request form, FormErrors errors) {
        // ZgwLinks refuses everyone but the functional administrator
        model.addAttribute("links", links.all(currentUser.require()));
        model.addAttribute("accounts", systems.accounts());
        model.addAttribute("fields", FIELDS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "zgw/list";
    }
}
