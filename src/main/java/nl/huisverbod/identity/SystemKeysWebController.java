package nl.huisverbod.identity;

import java.util.List;
import java.util.Map;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The functional administrator's page for the partners' systems: how each one authenticates at the token
 * endpoint, the ids of its keys, and a form to register the public keys it signs its token requests with
 * ({@code private_key_jwt}, ADR 0029), pasted as the JWK Set the partner sent.
 */
@Controller
class SystemKeysWebController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SystemClients systems;
    private final CurrentUserProvider currentUser;
    private final Messages messages;

    SystemKeysWebController(SystemClients systems, CurrentUserProvider currentUser, Messages messages) {
        this.systems = systems;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/beheer/systemen")
    String list(Model model) {
        return page(model, null, "", FormErrors.none());
    }

    @PostMapping("/beheer/systemen")
    String setKeys(@RequestParam(required = false) String systeem, @RequestParam(required = false) String sleutels,
                   Model model) {
        try {
            systems.setKeys(currentUser.require(), systeem == null ? "" : systeem, parse(sleutels));
            return "redirect:/beheer/systemen?saved";
        } catch (InvalidInputException e) {
            // the service names the JWK Set's own fields (keys[0].kid); on this page they are all in one box
            return page(model, systeem, sleutels, FormErrors.of(e.violations().stream()
                    .map(v -> new Violation("sleutels", v.code(), v.args())).distinct().toList(), messages));
        } catch (nl.huisverbod.shared.NotFoundException e) {
            return page(model, systeem, sleutels, FormErrors.of(List.of(Violation.of("systeem", "validation.required")),
                    messages));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Object value = JSON.readValue(text, Object.class);
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("keys", "");
        } catch (JacksonException e) {
            throw new InvalidInputException(List.of(Violation.of("sleutels", "system.keys.unreadable")));
        }
    }

    private String page(Model model, String system, String keys, FormErrors errors) {
        model.addAttribute("systems", systems.systems(currentUser.require()));
        model.addAttribute("system", system);
        model.addAttribute("keys", keys);
        model.addAttribute("errors", errors);
        return "identity/systems";
    }
}
