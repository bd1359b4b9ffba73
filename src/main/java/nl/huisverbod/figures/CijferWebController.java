package nl.huisverbod.figures;

import java.time.Clock;
import java.util.Map;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.Violations;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboards, the source comparison and the data quality page, and their downloads. */
@Controller
class CijferWebController {

    private final Dashboards dashboards;
    private final Evaluatie evaluatie;
    private final Bronvergelijking bronvergelijking;
    private final DataKwaliteit dataKwaliteit;
    private final Downloads downloads;
    private final Municipalities municipalities;
    private final CijferInstellingen instellingen;
    private final CurrentUserProvider currentUser;
    private final Messages messages;
    private final Clock clock;

    CijferWebController(Dashboards dashboards, Evaluatie evaluatie, Bronvergelijking bronvergelijking,
                        DataKwaliteit dataKwaliteit, Downloads downloads, Municipalities municipalities,
                        CijferInstellingen instellingen, CurrentUserProvider currentUser, Messages messages,
                        Clock clock) {
        this.instellingen = instellingen;
        this.currentUser = currentUser;
        this.dashboards = dashboards;
        this.evaluatie = evaluatie;
        this.bronvergelijking = bronvergelijking;
        this.dataKwaliteit = dataKwaliteit;
        this.downloads = downloads;
        this.municipalities = municipalities;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cijfers")
    String start() {
        return "redirect:/cijfers/" + dashboards.standaard().name().toLowerCase();
    }

    @GetMapping("/cijfers/{soort:gemeente|regio|land|onderzoek}")
    String dashboard(@PathVariable String soort, @RequestParam Map<String, String> params, Model model) {
        Dashboards.Soort s = Dashboards.Soort.valueOf(soort.toUpperCase());
        var fouten = new Violations();
        Dashboards.Keuze keuze = dashboards.aanvullen(s, params, fouten);
        model.addAttribute("keuze", keuze);
        model.addAttribute("gemeenten", municipalities.allCurrent());
        model.addAttribute("perioden", new Periode[] {Periode.MAAND, Periode.KWARTAAL, Periode.JAAR});
        model.addAttribute("regios", municipalities.regions());
        CurrentUser user = currentUser.require();
        if (s == Dashboards.Soort.GEMEENTE && user.organisationType() == OrganisationType.GEMEENTE
                && user.scopeCode().equals(keuze.gemeente()) && user.has(Role.BURGEMEESTER, Role.GEMEENTE_JURIST)) {
            // the municipality's own consent to count in regional and national figures (§12), recorded here
            model.addAttribute("eigenToestemming", instellingen.toestemmingen().stream()
                    .anyMatch(t -> t.gemeenteCode().equals(keuze.gemeente()) && t.toestemming()));
        }
        try {
            model.addAttribute("weergave", dashboards.weergave(keuze));
            if (s == Dashboards.Soort.ONDERZOEK) {
                model.addAttribute("evaluatie", evaluatie.vergelijk(new CijferVraag(Niveau.LAND, Periode.JAAR, keuze.van(),
                        keuze.tot(), null, null, keuze.bron()), Cijfers.Opties.STANDAARD));
            }
            model.addAttribute("errors", FormErrors.of(fouten.list(), messages));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.violations(), messages));
        }
        return "figures/dashboard";
    }

    @GetMapping("/cijfers/bronnen")
    String bronnen(@RequestParam Map<String, String> params, Model model) {
        String view = rapport(params, model, "figures/bronnen", q -> bronvergelijking.vergelijk(q));
        if (model.getAttribute("rapport") instanceof Bronvergelijking.Resultaat r) {
            model.addAttribute("view", SourceComparisonView.of(r, params));
        }
        return view;
    }

    @GetMapping("/cijfers/kwaliteit")
    String kwaliteit(@RequestParam Map<String, String> params, Model model) {
        return rapport(params, model, "figures/kwaliteit", q -> dataKwaliteit.rapport(q));
    }

    private String rapport(Map<String, String> params, Model model, String view,
                           java.util.function.Function<CijferVraag, Object> maak) {
        model.addAttribute("params", params);
        try {
            model.addAttribute("rapport", maak.apply(CijferParameters.lees(params, clock).vraag()));
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.violations(), messages));
        }
        return view;
    }

    @GetMapping("/cijfers/tabel/{figuur}.csv")
    ResponseEntity<String> csv(@PathVariable String figuur, @RequestParam Map<String, String> params) {
        return downloads.csv(figuur, params);
    }

    @GetMapping("/cijfers/tabel/{figuur}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String figuur, @RequestParam Map<String, String> params) {
        return downloads.xlsx(figuur, params);
    }

    @GetMapping("/cijfers/rapport/{rapport:evaluatie|bronvergelijking|datakwaliteit}.{formaat:csv|xlsx}")
    ResponseEntity<?> rapport(@PathVariable String rapport, @PathVariable String formaat,
                              @RequestParam Map<String, String> params) {
        return downloads.rapport(rapport, formaat, params);
    }

    @GetMapping("/cijfers/onderzoeksextract")
    ResponseEntity<byte[]> extract(@RequestParam Map<String, String> params) {
        return downloads.extract(params);
    }
}
