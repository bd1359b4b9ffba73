package nl.huisverbod.audit;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The functional administrator's view of the trail: search, "who looked at this person", verification. */
@Controller
class AuditWebController {

    private final AuditTrail trail;
    private final AdministratorOnly administratorOnly;
    private final PersonLookup personLookup;

    AuditWebController(AuditTrail trail, AdministratorOnly administratorOnly, PersonLookup personLookup) {
        this.trail = trail;
        this.administratorOnly = administratorOnly;
        this.personLookup = personLookup;
    }

    @GetMapping("/beheer/audit")
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String dossierId,
                  @RequestParam(required = false) String personId, @RequestParam(required = false) String bsn,
                  Model model) {
        administratorOnly.check();
        if (bsn != null && !bsn.isBlank()) {
            model.addAttribute("bsn", bsn);
            model.addAttribute("entries", trail.whoAccessedBsn(bsn, personLookup));
            return "audit/search";
        }
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
        administratorOnly.check();
        model.addAttribute("verification", trail.verify());
        model.addAttribute("entries", trail.search(new AuditQuery(null, null, null, null, null, null, 50)));
        return "audit/search";
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
