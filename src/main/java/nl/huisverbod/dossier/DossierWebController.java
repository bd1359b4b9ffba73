package nl.huisverbod.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Registration of a case and the entry criteria, as HTML forms. */
@Controller
class DossierWebController {

    /** Person blocks shown at first (evicted, staying behind, child); "add a person" gives one more each time. */
    static final int PERSON_ROWS = 3;
    static final int MAX_PERSON_ROWS = 20;
    private final Dossiers dossiers;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final Messages messages;
    private final RunningOrders runningOrders;

    DossierWebController(Dossiers dossiers, Municipalities municipalities, CurrentUserProvider currentUser,
                         Messages messages, RunningOrders runningOrders) {
        this.runningOrders = runningOrders;
        this.dossiers = dossiers;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/dossiers/nieuw")
    String newCase(Model model) {
        if (!AccessPolicy.mayRegister(currentUser.require().role())) {
            throw new nl.huisverbod.shared.AccessDeniedException("role may not register a case");
        }
        var rows = new ArrayList<PersoonInput>();
        rows.add(new PersoonInput(PersonRole.UITHUISGEPLAATSTE, null, null, null, null, Relatie.ZELF));
        rows.add(new PersoonInput(PersonRole.ACHTERBLIJVER, null, null, null, null, Relatie.PARTNER));
        rows.add(new PersoonInput(PersonRole.KIND, null, null, null, null, Relatie.KIND));
        return registrationForm(model, new RegistrationCommand(EntryRoute.POLITIE_INCIDENT, null, null, null, null,
                null, null, null, null, rows), FormErrors.none());
    }

    @PostMapping("/dossiers")
    String register(@ModelAttribute("form") RegistrationCommand form, BindingResult binding,
                    @RequestParam(required = false) boolean lopendGezien,
                    @RequestParam(required = false) boolean persoonToevoegen, Model model) {
        model.addAttribute("lopendGezien", lopendGezien);
        if (persoonToevoegen) {
            // one more person block, everything typed kept; nothing is checked or saved yet
            List<PersoonInput> rows = new ArrayList<>(form.personen() == null ? List.of() : form.personen());
            if (rows.size() < MAX_PERSON_ROWS) {
                rows.add(new PersoonInput(null, null, null, null, null, null));
            }
            return registrationForm(model, new RegistrationCommand(form.entryRoute(), form.incidentNummer(),
                    form.arrest(), form.straat(), form.huisnummer(), form.postcode(), form.woonplaats(),
                    form.gemeenteCode(), form.gemeenteReden(), rows), binding.hasErrors()
                    ? FormErrors.of(FormErrors.fromBinding(binding), messages) : FormErrors.none());
        }
        if (binding.hasErrors()) {
            return registrationForm(model, form, FormErrors.of(FormErrors.fromBinding(binding), messages));
        }
        // an order already runs at this address: said before saving, with the case, and saved once seen
        List<RunningOrders.RunningOrder> running = lopendGezien ? List.of()
                : runningOrders.at(form.postcode(), form.huisnummer());
        if (!running.isEmpty()) {
            model.addAttribute("runningAtAddress", running);
            return registrationForm(model, form, FormErrors.none());
        }
        try {
            Dossier d = dossiers.register(form);
            return "redirect:/dossiers/" + d.id() + "?saved";
        } catch (InvalidInputException e) {
            return registrationForm(model, form, FormErrors.of(e.violations(), messages));
        }
    }

    @GetMapping("/dossiers/{id}/criteria")
    String criteria(@PathVariable UUID id, Model model) {
        Dossier d = dossiers.open(id, "toetsing criteria");
        dossiers.requireRole(currentUser.require(), d, "toetsing criteria", Role.HOVJ, Role.POLITIE);
        Toetsingscriteria c = d.criteria();
        return criteriaForm(model, d, new CriteriaCommand(c.meerderjarig(), c.meerderjarigReden(), c.woonachtig(),
                c.woonachtigReden(), c.gevaar(), c.gevaarReden()), d.version(), FormErrors.none());
    }

    @PostMapping("/dossiers/{id}/criteria")
    String saveCriteria(@PathVariable UUID id, @RequestParam int version,
                        @ModelAttribute("form") CriteriaCommand form, BindingResult binding, Model model) {
        try {
            if (binding.hasErrors()) {
                throw new InvalidInputException(FormErrors.fromBinding(binding));
            }
            dossiers.recordCriteria(id, version, form);
            return "redirect:/dossiers/" + id + "?saved";
        } catch (InvalidInputException e) {
            Dossier d = dossiers.open(id, "toetsing criteria");
            return criteriaForm(model, d, form, version, FormErrors.of(e.violations(), messages));
        }
    }

    private String registrationForm(Model model, RegistrationCommand form, FormErrors errors) {
        List<PersoonInput> rows = new ArrayList<>(form.personen() == null ? List.of() : form.personen());
        while (rows.size() < PERSON_ROWS) {
            rows.add(new PersoonInput(null, null, null, null, null, null));
        }
        model.addAttribute("form", new RegistrationCommand(form.entryRoute(), form.incidentNummer(), form.arrest(),
                form.straat(), form.huisnummer(), form.postcode(), form.woonplaats(), form.gemeenteCode(),
                form.gemeenteReden(), rows));
        model.addAttribute("errors", errors);
        model.addAttribute("gemeenten", selectableMunicipalities(currentUser.require()));
        model.addAttribute("routes", EntryRoute.values());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("relaties", Relatie.values());
        return "dossier/new";
    }

    private String criteriaForm(Model model, Dossier d, CriteriaCommand form, int version, FormErrors errors) {
        model.addAttribute("d", d);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "dossier/criteria";
    }

    private List<Municipality> selectableMunicipalities(CurrentUser user) {
        return switch (user.role()) {
            case HOVJ, POLITIE -> municipalities.inPoliceUnit(user.scopeCode());
            case VT_COORDINATOR -> municipalities.inVtRegion(user.scopeCode());
            case GEMEENTE_JURIST, BURGEMEESTER -> municipalities.current(user.scopeCode()).map(List::of).orElse(List.of());
            default -> List.of();
        };
    }
}
