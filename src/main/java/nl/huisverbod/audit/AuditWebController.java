package nl.huisverbod.audit;

import java.util.UUID;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The functional administrator's view of the trail: search, "who looked at this person", verification. */
@Controller
class AuditWebController {

    private final AuditTrail trail;
    private final CurrentUserProvider currentUser;

    AuditWebController(AuditTrail trail, CurrentUserProvider currentUser) {
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @GetMapping("/beheer/audit")
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String dossierId,
                  @RequestParam(required = false) String personId, Model model) {
        requireAdministrator();
        UUID dossier = parse(dossierId);
        UUID person = parse(personId);
        model.addAttribute("username", username);
        model.addAttribute("dossierId", dossierId);
        model.addAttribute("personId", personId);
        model.addAttribute("entries", trail.search(new AuditQuery(username, dossier, person, null, null, null, 200)));
        return "audit/search";
    }

    @PostMapping("/beheer/audit/verificatie")
    String verify(Model model) {
        requireAdministrator();
        model.addAttribute("verification", trail.verify());
        model.addAttribute("entries", trail.search(new AuditQuery(null, null, null, null, null, null, 50)));
        return "audit/search";
    }

    private void requireAdministrator() {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("audit trail is for the functional administrator");
        }
    }

    private static UUID parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw nl.huisverbod.shared.InvalidInputException.of("id", "validation.invalidFormat");
        }
    }
}
