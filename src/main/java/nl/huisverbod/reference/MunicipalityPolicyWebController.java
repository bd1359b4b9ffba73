package nl.huisverbod.reference;

import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The functional administrator's page for mandates and help organisations. */
@Controller
class MunicipalityPolicyWebController {

    private final MunicipalityPolicies policies;
    private final Messages messages;

    static final int PER_PAGE = 25;

    MunicipalityPolicyWebController(MunicipalityPolicies policies, Messages messages) {
        this.policies = policies;
        this.messages = messages;
    }

    /**
     * All municipalities, or those whose name, code, police unit, VT region or help organisation holds {@code zoek},
     * 25 a page ({@code pagina}).
     */
    @GetMapping("/beheer/gemeenten")
    String list(Model model, @RequestParam(required = false) String zoek, @RequestParam(required = false) String pagina) {
        String query = zoek == null || zoek.isBlank() ? null : zoek.strip().toLowerCase(java.util.Locale.ROOT);
        var rows = policies.all().stream().filter(r -> query == null || java.util.stream.Stream.of(
                        r.municipality().name(), r.municipality().code(), r.municipality().policeUnit(),
                        r.municipality().vtRegion(), r.policy().helpOrganisation())
                .anyMatch(v -> v != null && v.toLowerCase(java.util.Locale.ROOT).contains(query))).toList();
        model.addAttribute("rows", nl.huisverbod.platform.PageOf.of(rows, pagina, PER_PAGE));
        model.addAttribute("zoek", zoek);
        return "reference/list";
    }

    @GetMapping("/beheer/gemeenten/{code}")
    String edit(@PathVariable String code, Model model) {
        MunicipalityPolicies.Row row = policies.one(code);
        return form(model, row, row.policy().mandaat(), row.policy().helpOrganisation(), row.policy().briefhoofd(),
                FormErrors.none());
    }

    @PostMapping("/beheer/gemeenten/{code}")
    String save(@PathVariable String code, @RequestParam(required = false) Mandaat mandaat,
                @RequestParam(required = false) String hulpverleningsorganisatie,
                @RequestParam(required = false) String briefhoofd, Model model) {
        try {
            policies.update(code, mandaat, hulpverleningsorganisatie, briefhoofd);
            return "redirect:/beheer/gemeenten?saved";
        } catch (InvalidInputException e) {
            return form(model, policies.one(code), mandaat, hulpverleningsorganisatie, briefhoofd,
                    FormErrors.of(e.violations(), messages));
        }
    }

    private String form(Model model, MunicipalityPolicies.Row row, Mandaat mandaat, String help, String briefhoofd,
                        FormErrors errors) {
        model.addAttribute("row", row);
        model.addAttribute("briefhoofd", briefhoofd);
        model.addAttribute("mandaat", mandaat);
        model.addAttribute("help", help);
        model.addAttribute("helpOrganisations", policies.helpOrganisations());
        model.addAttribute("mandaten", Mandaat.values());
        model.addAttribute("errors", errors);
        return "reference/edit";
    }
}
