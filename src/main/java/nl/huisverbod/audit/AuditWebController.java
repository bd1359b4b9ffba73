package nl.huisverbod.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.platform.PageOf;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The functional administrator's view of the trail: search, "who looked at this person", verification. */
@Controller
class AuditWebController {

    static final int PER_PAGE = 50;

    private final AuditTrail trail;
    private final AdministratorOnly administratorOnly;
    private final PersonLookup personLookup;
    private final CaseNumbers caseNumbers;
    private final Messages messages;

    AuditWebController(AuditTrail trail, AdministratorOnly administratorOnly, PersonLookup personLookup,
                       CaseNumbers caseNumbers, Messages messages) {
        this.messages = messages;
        this.trail = trail;
        this.administratorOnly = administratorOnly;
        this.personLookup = personLookup;
        this.caseNumbers = caseNumbers;
    }

    @GetMapping("/beheer/audit")
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String dossierNummer,
                  @RequestParam(required = false) String personId, @RequestParam(required = false) String bsn,
                  @RequestParam(required = false) String pagina, Model model) {
        administratorOnly.check();
        if (bsn != null && !bsn.isBlank()) {
            model.addAttribute("bsn", bsn);
            return show(model, trail.search(trail.whoAccessedBsn(bsn, personLookup), pagina, PER_PAGE));
        }
        model.addAttribute("username", username);
        model.addAttribute("dossierNummer", dossierNummer);
        model.addAttribute("personId", personId);
        UUID dossier;
        UUID person;
        try {
            dossier = caseOf(dossierNummer);
            person = parse(personId);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.violations(), messages));
            return show(model, PageOf.of(List.of(), null, PER_PAGE));
        }
        return show(model, trail.search(new AuditQuery(username, dossier, person == null ? null : List.of(person),
                null, null, null, null), pagina, PER_PAGE));
    }

    /** The entries of this page with the case numbers people search by (never an internal id on the page). */
    private String show(Model model, PageOf<AuditEntry> entries) {
        model.addAttribute("entries", entries);
        Map<String, String> labels = new HashMap<>();
        entries.items().forEach(e -> labels.computeIfAbsent(e.objectType(), this::label));
        model.addAttribute("objectLabels", labels);
        model.addAttribute("caseNumbers", caseNumbers.numbersOf(entries.items().stream().map(AuditEntry::dossierId)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
        return "audit/search";
    }

    /** What kind of record an entry is about, in words (the case's own kinds, or the trail's other kinds). */
    private String label(String objectType) {
        for (String key : new String[] {"timeline.object." + objectType, "audit.object." + objectType}) {
            if (messages.has(key)) {
                return messages.get(key);
            }
        }
        return messages.get("audit.object.other");
    }

    private UUID caseOf(String nummer) {
        if (nummer == null || nummer.isBlank()) {
            return null;
        }
        return caseNumbers.idOf(nummer).orElseThrow(() ->
                InvalidInputException.of("dossierNummer", "audit.dossier.unknown"));
    }

    @PostMapping("/beheer/audit/verificatie")
    String verify(Model model) {
        administratorOnly.check();
        model.addAttribute("verification", trail.verify());
        return show(model, trail.search(new AuditQuery(null, null, null, null, null, null, null), null, PER_PAGE));
    }


    private static UUID parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("personId", "validation.invalidFormat");
        }
    }
}
