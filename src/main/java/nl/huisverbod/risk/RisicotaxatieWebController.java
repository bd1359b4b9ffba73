package nl.huisverbod.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.FormTime;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.Violation;
import nl.huisverbod.shared.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The RiHG form. Items are posted as {@code answer.<item>}, {@code source.<item>} and {@code rating.<signal>},
 * so that the instrument's structure, not the code, decides which fields exist.
 */
@Controller
class RisicotaxatieWebController {

    private final Risicotaxaties risicotaxaties;
    private final CurrentUserProvider currentUser;
    private final Messages messages;

    RisicotaxatieWebController(Risicotaxaties risicotaxaties, CurrentUserProvider currentUser, Messages messages) {
        this.risicotaxaties = risicotaxaties;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/dossiers/{id}/rihg")
    String show(@PathVariable UUID id, Model model) {
        Risicotaxatie r = risicotaxaties.forDossier(id).orElse(null);
        return page(model, id, r, FormErrors.none(), null);
    }

    @PostMapping("/dossiers/{id}/rihg")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        Integer version = params.containsKey("version") && !params.get("version").isBlank()
                ? Integer.valueOf(params.get("version")) : null;
        Risicotaxatie saved = null;
        try {
            AssessmentInput input = parse(params);
            saved = risicotaxaties.saveDraft(id, version, input);
            if ("finalise".equals(params.get("action"))) {
                risicotaxaties.finalise(id, saved.version());
                return "redirect:/dossiers/" + id + "?saved";
            }
            return "redirect:/dossiers/" + id + "/rihg?saved";
        } catch (InvalidInputException e) {
            Risicotaxatie r = risicotaxaties.forDossier(id).orElse(null);
            Map<String, String> posted = new LinkedHashMap<>(params);
            if (saved != null) {
                // the draft was saved, only finalising failed: say so, and go on from the saved version
                posted.put("version", Integer.toString(saved.version()));
                model.addAttribute("errorsIntro", "risk.finalise.draftSaved");
            }
            return page(model, id, r, FormErrors.of(e.violations(), messages), posted);
        }
    }

    @PostMapping("/dossiers/{id}/rihg/veilig-thuis")
    String consult(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String at,
                   @RequestParam(required = false) String with, @RequestParam(required = false) String notes,
                   Model model) {
        try {
            risicotaxaties.recordVtConsultation(id, version, new VtConsultation(
                    FormTime.parse(at, "vtConsultedAt"), with, notes));
            return "redirect:/dossiers/" + id + "/rihg?saved";
        } catch (InvalidInputException e) {
            Risicotaxatie r = risicotaxaties.forDossier(id).orElse(null);
            return page(model, id, r, FormErrors.of(e.violations(), messages), null);
        }
    }

    private String page(Model model, UUID dossierId, Risicotaxatie r, FormErrors errors, Map<String, String> posted) {
        InstrumentDefinition instrument = r == null ? risicotaxaties.currentInstrument() : risicotaxaties.instrumentOf(r);
        boolean editable = (r == null || !r.isFinal())
                && currentUser.require().has(Role.HOVJ, Role.POLITIE, Role.VT_COORDINATOR);
        model.addAttribute("dossierId", dossierId);
        model.addAttribute("r", r);
        model.addAttribute("instrument", instrument);
        model.addAttribute("editable", editable);
        model.addAttribute("mayFinalise", editable && currentUser.require().has(Role.HOVJ));
        model.addAttribute("mayConsult", r != null && currentUser.require().has(Role.HOVJ, Role.BURGEMEESTER));
        model.addAttribute("errors", errors);
        Map<String, String> values = currentValues(r, posted);
        model.addAttribute("values", values);
        model.addAttribute("answeredPerSignal", answeredPerSignal(instrument, values));
        // how far the assessment is: signals rated of all, and the red ones per part (the indication rule)
        long signals = instrument.parts().stream().mapToLong(p -> p.signals().size()).sum();
        long rated = instrument.parts().stream().flatMap(p -> p.signals().stream())
                .filter(s -> values.get("rating." + s.code()) != null && !values.get("rating." + s.code()).isBlank()).count();
        Map<String, Long> redPerPart = new LinkedHashMap<>();
        instrument.parts().forEach(p -> redPerPart.put(p.code(), p.signals().stream()
                .filter(s -> Rating.ROOD.name().equals(values.get("rating." + s.code()))).count()));
        model.addAttribute("signalCount", signals);
        model.addAttribute("ratedCount", rated);
        model.addAttribute("redPerPart", redPerPart);
        model.addAttribute("answers", Answer.values());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("sources", FactSource.values());
        return "risk/form";
    }

    /** The values to show: what was posted (after an error) or what is stored. */
    private static Map<String, String> currentValues(Risicotaxatie r, Map<String, String> posted) {
        if (posted != null) {
            return posted;
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (r != null) {
            r.answers().forEach((code, a) -> {
                values.put("answer." + code, a.answer().name());
                if (a.source() != null) {
                    values.put("source." + code, a.source().name());
                }
            });
            r.ratings().forEach((code, s) -> values.put("rating." + code, s.rating().name()));
            values.put("kindermishandeling", Boolean.toString(r.kindermishandeling()));
            values.put("version", Integer.toString(r.version()));
        }
        return values;
    }

    private static Map<String, Long> answeredPerSignal(InstrumentDefinition instrument, Map<String, String> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (InstrumentDefinition.Signal s : instrument.signals()) {
            counts.put(s.code(), s.items().stream()
                    .filter(i -> values.get("answer." + i.code()) != null && !values.get("answer." + i.code()).isBlank())
                    .count());
        }
        return counts;
    }

    static AssessmentInput parse(Map<String, String> params) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, FactSource> sources = new LinkedHashMap<>();
        Map<String, Rating> ratings = new LinkedHashMap<>();
        var v = new Violations();
        params.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                if (name.startsWith("answer.")) {
                    answers.put(name.substring(7), Answer.valueOf(value));
                } else if (name.startsWith("source.")) {
                    sources.put(name.substring(7), FactSource.valueOf(value));
                } else if (name.startsWith("rating.")) {
                    ratings.put(name.substring(7), Rating.valueOf(value));
                }
            } catch (IllegalArgumentException e) {
                v.add(name, "validation.invalidFormat");
            }
        });
        v.throwIfAny();
        Boolean kindermishandeling = params.containsKey("kindermishandeling")
                ? Boolean.valueOf(params.get("kindermishandeling")) : Boolean.FALSE;
        return new AssessmentInput(answers, sources, ratings, kindermishandeling);
    }

}
