package nl.huisverbod.deadlines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The functional administrator's page for the agreed deadlines of each region and municipality. */
@Controller
class TermijnAfspraakWebController {

    private final TermijnAfspraken afspraken;
    private final Municipalities municipalities;
    private final Messages messages;

    TermijnAfspraakWebController(TermijnAfspraken afspraken, Municipalities municipalities, Messages messages) {
        this.afspraken = afspraken;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    /** The list, and the form filled with the agreement chosen for editing ({@code scope} and {@code kind}). */
    @GetMapping("/beheer/termijnen")
    String page(@RequestParam(required = false) String scope, @RequestParam(required = false) DeadlineKind kind,
                Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("actief", "true");
        List<TermijnAfspraak> all = afspraken.all();
        if (scope != null && kind != null) {
            all.stream().filter(a -> (a.scopeType() + ":" + a.scopeCode()).equals(scope) && a.kind() == kind).findFirst()
                    .ifPresent(a -> {
                        form.put("scope", scope);
                        form.put("kind", kind.name());
                        form.put("actief", Boolean.toString(a.active()));
                        form.put("eenheid", a.regel().eenheid().name());
                        form.put("aantal", Integer.toString(a.regel().aantal()));
                        form.put("version", Integer.toString(a.version()));
                    });
        }
        return render(model, all, form, FormErrors.none());
    }

    @PostMapping("/beheer/termijnen")
    String save(@RequestParam Map<String, String> params, Model model) {
        String scope = params.getOrDefault("scope", "");
        TermijnAfspraak.Scope type = scope.startsWith("REGIO:") ? TermijnAfspraak.Scope.REGIO
                : scope.startsWith("GEMEENTE:") ? TermijnAfspraak.Scope.GEMEENTE : null;
        String code = type == null ? null : scope.substring(scope.indexOf(':') + 1);
        try {
            afspraken.set(type, code, parse(DeadlineKind.class, params.get("kind"), "kind"),
                    "true".equals(params.get("actief")), parse(TermijnRegel.Eenheid.class, params.get("eenheid"), "eenheid"),
                    number(params.get("aantal"), "aantal"), number(params.get("version"), "version"));
            return "redirect:/beheer/termijnen?saved";
        } catch (InvalidInputException e) {
            var errors = FormErrors.of(e.violations().stream().map(v -> v.field().startsWith("scope")
                    ? nl.huisverbod.shared.Violation.of("scope", v.code(), v.args().toArray()) : v).toList(), messages);
            return render(model, afspraken.all(), params, errors);
        }
    }

    @PostMapping("/beheer/termijnen/verwijderen")
    String remove(@RequestParam TermijnAfspraak.Scope scopeType, @RequestParam String scopeCode,
                  @RequestParam DeadlineKind kind) {
        afspraken.remove(scopeType, scopeCode, kind);
        return "redirect:/beheer/termijnen?saved";
    }

    private String render(Model model, List<TermijnAfspraak> all, Map<String, String> form, FormErrors errors) {
        model.addAttribute("afspraken", all);
        model.addAttribute("kinds", TermijnAfspraken.agreedKinds());
        model.addAttribute("eenheden", TermijnRegel.Eenheid.values());
        model.addAttribute("regions", afspraken.regions());
        model.addAttribute("gemeenten", municipalities.allCurrent());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "deadlines/afspraken";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "validation.invalidFormat");
        }
    }

    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "validation.invalidFormat");
        }
    }
}
