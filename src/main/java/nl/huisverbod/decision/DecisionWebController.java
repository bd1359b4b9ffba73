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
    private final java.time.Clock clock;

    DecisionWebController(Besluiten besluiten, Dossiers dossiers, CurrentUserProvider currentUser, Messages messages,
                          Uitreikingen uitreikingen, java.time.Clock clock) {
        this.uitreikingen = uitreikingen;
        this.clock = clock;
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
        // how the order is made known is never assumed (Wth 2(7)): the decision-maker chooses it, also the mayor
        // deciding a proposal from home
        DecisionForm form = proposal != null
                ? new DecisionForm(proposal.voorstel(), null, null, proposal.feiten(), proposal.afwijkingsreden(),
                proposal.redenNietOpleggen(), proposal.redenToelichting(), null, proposal.version(), null, null)
                : new DecisionForm(Besluit.OPLEGGEN, null, null, besluiten.draftFacts(id), null, null, null, null, null,
                null, null);
        return page(model, id, form, FormErrors.none());
    }

    @PostMapping("/dossiers/{id}/besluit")
    String decide(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form, BindingResult binding, Model model) {
        try {
            if (binding.hasErrors()) {
                throw new InvalidInputException(FormErrors.fromBinding(binding));
            }
            if (Boolean.TRUE.equals(form.wijzigen())) {
                return page(model, id, form, FormErrors.none());
            }
            if (form.needsConfirmation() && !proposes(id)) {
                besluiten.check(id, form.toCommand());
                return confirmation(model, id, form);
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
    String reachability(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String text,
                        @RequestParam(required = false) String at) {
        besluiten.recordReachability(id, version, text, FormTime.parse(at, "moment"));
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/sleutels")
    String keys(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String receipt,
                @RequestParam(required = false) String at) {
        besluiten.recordKeys(id, version, receipt, FormTime.parse(at, "moment"));
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/advocaat-verzoek")
    String lawyerRequest(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String at) {
        besluiten.recordLawyerRequest(id, version, FormTime.parse(at, "moment"));
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/advocaat")
    String lawyer(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String at) {
        besluiten.recordLawyerArranged(id, version, name, FormTime.parse(at, "moment"));
        return "redirect:/dossiers/" + id + "?saved";
    }

    @PostMapping("/dossiers/{id}/huisverbod/verlenging")
    String extend(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String eindigtOp,
                  @RequestParam(required = false) String redenen,
                  @RequestParam(required = false) String nietGehoordReden,
                  @RequestParam(required = false) String zorgadviesOntbreektReden,
                  @RequestParam(required = false) String beleidsadviesOntbreektReden) {
        besluiten.extend(id, version, new ExtensionCommand(FormTime.parse(eindigtOp, "eindigtOp"), redenen,
                nietGehoordReden, zorgadviesOntbreektReden, beleidsadviesOntbreektReden));
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
    ResponseEntity<byte[]> leafletEvicted(@PathVariable UUID id, @RequestParam(required = false) String taal) {
        return pdfResponse(besluiten.leaflet(id, true, taal), "folder-uithuisgeplaatste.pdf");
    }

    @GetMapping("/dossiers/{id}/folder-achterblijvers.pdf")
    ResponseEntity<byte[]> leafletStaying(@PathVariable UUID id, @RequestParam(required = false) String taal) {
        return pdfResponse(besluiten.leaflet(id, false, taal), "folder-achterblijvers.pdf");
    }

    private boolean proposes(UUID id) {
        Dossier d = dossiers.authorise(id, "besluit huisverbod");
        return currentUser.require().has(Role.HOVJ) && !besluiten.mandaatFor(d.gemeenteCode()).hovjMayImpose();
    }

    /** What imposing will do, in words, before it is done: who, which home, from when to when, how made known. */
    private String confirmation(Model model, UUID id, DecisionForm form) {
        Dossier d = dossiers.open(id, "besluit huisverbod");
        java.time.Instant from = form.opgelegdOp() == null ? null
                : form.opgelegdOp().atZone(nl.huisverbod.shared.LegalTime.ZONE).toInstant();
        java.time.Instant start = from == null ? clock.instant() : from;
        model.addAttribute("d", d);
        model.addAttribute("form", form);
        model.addAttribute("from", from);
        model.addAttribute("until", nl.huisverbod.shared.LegalTime.orderEnd(start));
        return "decision/confirm";
    }

    private String page(Model model, UUID id, DecisionForm form, FormErrors errors) {
        Dossier d = dossiers.authorise(id, "besluit huisverbod");
        var mandaat = besluiten.mandaatFor(d.gemeenteCode());
        Huisverbod proposal = besluiten.forDossier(id).filter(h -> h.status() == HuisverbodStatus.VOORGESTELD)
                .orElse(null);
        model.addAttribute("proposal", proposal);
        model.addAttribute("findings", proposal == null ? java.util.List.of() : besluiten.riskFindings(id));
        model.addAttribute("decidesRemotely", currentUser.require().has(Role.BURGEMEESTER));
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
