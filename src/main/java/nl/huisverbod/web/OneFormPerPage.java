package nl.huisverbod.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.ui.Model;

/**
 * The skeleton of the help file's and the follow-up's forms: each action is one page; showing it authorises
 * the part of the case, posting it saves through the service and goes back, and invalid input renders the
 * same page again with every message and every value typed (nothing lost, nothing half saved).
 */
abstract class OneFormPerPage {

    protected final Dossiers dossiers;
    protected final Messages messages;

    OneFormPerPage(Dossiers dossiers, Messages messages) {
        this.dossiers = dossiers;
        this.messages = messages;
    }

    /** The part of the case an action reads and writes (need-to-know). */
    abstract Onderdeel partOf(String actie);

    abstract WebForm form(Dossier d, String actie, String sub);

    /** The values the form starts with: the record being changed, or sensible defaults. */
    abstract Map<String, String> prefill(Dossier d, String actie, String sub);

    /** Saves through the service; returns where to go back to ("/dossiers/{id}/..."). */
    abstract String save(Dossier d, String actie, String sub, FormValues in);

    String show(UUID id, String actie, String sub, Model model) {
        Dossier d = dossiers.authorise(id, "formulier " + actie, partOf(actie));
        return render(model, d, actie, sub, prefill(d, actie, sub), FormErrors.none());
    }

    String submit(UUID id, String actie, String sub, Map<String, String> params, Model model,
                  HttpServletResponse response) {
        Dossier d = dossiers.authorise(id, "formulier " + actie, partOf(actie));
        params.remove("_csrf");
        FormValues in = new FormValues(params);
        try {
            return "redirect:" + save(d, actie, sub, in);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(model, d, actie, sub, in.asMap(), FormErrors.of(e.violations(), messages));
        }
    }

    private String render(Model model, Dossier d, String actie, String sub, Map<String, String> values, FormErrors errors) {
        model.addAttribute("d", d);
        model.addAttribute("form", form(d, actie, sub));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "web/hulp-form";
    }

    <E extends Enum<E>> List<WebForm.Option> options(E[] values, String prefix) {
        return Arrays.stream(values).map(e -> new WebForm.Option(e.name(), t(prefix + e.name()))).toList();
    }

    static void put(Map<String, String> v, String k, Object value) {
        if (value != null) {
            v.put(k, value.toString());
        }
    }

    String t(String key, Object... args) {
        return messages.get(key, args);
    }
}
