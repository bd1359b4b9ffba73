package nl.huisverbod.decision;

import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.FormTime;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The decision form, the records made at and after serving, and the documents. */
@Controller
class DecisionWebController {

    private final Besluiten besluiten;
    private final Dossiers dossiers;
    private final CurrentUserProvider currentUser;
    private final Messages messages;
    private final Uitreikingen uitreikingen;

    DecisionWebController(Besluiten besluiten, Dossiers dossiers, CurrentUserProvider currentUser, Messages messages,
                          Uitreikingen uitreikingen) {
        this.uitreikingen = uitreikingen;
        this.besluiten = besluiten;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/dossiers/{id}/besluit")
    String form(@PathVariable UUID id, Model model) {
        Dossier d = dossiers.authorise(id, "besluit huisverbod");
        dossiers.requireRole(currentUser.require(), d, "besluit huisverbod", Role.HOVJ, Role.BURGEMEESTER);
        Huisverbod proposal = besluiten.forDossier(id).orElse(null);
        DecisionForm form = proposal != null
                ? new DecisionForm(proposal.voorstel(), null, Uitreiking.IN_PERSOON, proposal.feiten(),
                proposal.afwijkingsreden(), proposal.redenNietOpleggen(), proposal.redenToelichting(), proposal.version())
                : new DecisionForm(Besluit.OPLEGGEN, null, Uitreiking.IN_PERSOON, besluiten.draftFacts(id), null, null,
                null, null);
        return page(model, id, form, FormErrors.none());
    }

    @PostMapping("/dossiers/{id}/besluit")
    String decide(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form, BindingResult binding, Model model) {
        try {
            if (binding.hasErrors()) {
                throw new InvalidInputException(FormErrors.fromBinding(binding));
            }
            besluiten.decide(id, form.version(), form.toCommand());
            return "redirect:/dossiers/" + id + "?saved";
        } catch (InvalidInputException e) {
            return page(model, id, form, FormErrors.of(e.violations(), messages));
        }
    }

    @PostMapping("/dossiers/{id}/huisverbod/uitreiking")
    String serving(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) Uitreiking method,
                   @RequestParam(required = false) String at) {
        besluiten.recordServing(id, version, method, FormTime.parse(at, "uitgereiktOp"));
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/bereikbaarheid")
    String reachability(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String text) {
        besluiten.recordReachability(id, version, text);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/sleutels")
    String keys(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String receipt) {
        besluiten.recordKeys(id, version, receipt);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/advocaat-verzoek")
    String lawyerRequest(@PathVariable UUID id, @RequestParam int version) {
        besluiten.recordLawyerRequest(id, version);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/advocaat")
    String lawyer(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String name) {
        besluiten.recordLawyerArranged(id, version, name);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/verlenging")
    String extend(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String eindigtOp,
                  @RequestParam(required = false) String redenen) {
        besluiten.extend(id, version, FormTime.parse(eindigtOp, "eindigtOp"), redenen);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/beschikkingen/{beschikkingId}/uitreiking")
    String served(@PathVariable UUID id, @PathVariable UUID beschikkingId,
                  @RequestParam(required = false) UUID persoonId, @RequestParam(required = false) Uitreiking wijze,
                  @RequestParam(required = false) String uitgereiktOp) {
        uitreikingen.record(id, beschikkingId, persoonId, wijze, FormTime.parse(uitgereiktOp, "uitgereiktOp"));
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/niet-verlengen")
    String declineExtension(@PathVariable UUID id, @RequestParam int version,
                            @RequestParam(required = false) String redenen) {
        besluiten.declineExtension(id, version, redenen);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/intrekking")
    String withdraw(@PathVariable UUID id, @RequestParam int version,
                    @RequestParam(required = false) RedenIntrekking reden,
                    @RequestParam(required = false) String toelichting) {
        besluiten.withdraw(id, version, reden, toelichting);
        return "redirect:/dossiers/" + id + "?saved";
    }

    @GetMapping("/dossiers/{id}/beschikkingen/{beschikkingId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID beschikkingId) {
        return pdfResponse(besluiten.beschikkingPdf(id, beschikkingId), "beschikking-" + beschikkingId + ".pdf");
    }

    @GetMapping("/dossiers/{id}/folder-uithuisgeplaatste.pdf")
    ResponseEntity<byte[]> leafletEvicted(@PathVariable UUID id) {
        return pdfResponse(besluiten.leaflet(id, true), "folder-uithuisgeplaatste.pdf");
    }

    @GetMapping("/dossiers/{id}/folder-achterblijvers.pdf")
    ResponseEntity<byte[]> leafletStaying(@PathVariable UUID id) {
        return pdfResponse(besluiten.leaflet(id, false), "folder-achterblijvers.pdf");
    }

    private String page(Model model, UUID id, DecisionForm form, FormErrors errors) {
        Dossier d = dossiers.authorise(id, "besluit huisverbod");
        var mandaat = besluiten.mandaatFor(d.gemeenteCode());
        model.addAttribute("d", d);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mandaat", mandaat);
        model.addAttribute("proposes", currentUser.require().has(Role.HOVJ) && !mandaat.hovjMayImpose());
        model.addAttribute("indication", besluiten.indication(id).orElse(null));
        model.addAttribute("besluitValues", Besluit.values());
        model.addAttribute("uitreikingen", Uitreiking.values());
        model.addAttribute("redenen", RedenNietOpleggen.values());
        return "decision/form";
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

}
