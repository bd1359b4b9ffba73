package nl.huisverbod.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Decisions, beschikkingen and the police address flag through the API. */
@RestController
class BesluitApiController {

    record BesluitRequest(Integer version, Besluit besluit, Instant opgelegdOp, Uitreiking uitreiking, String feiten,
                          String afwijkingsreden, RedenNietOpleggen redenNietOpleggen, String redenToelichting) {
    }

    record HuisverbodResponse(UUID id, int version, UUID dossierId, HuisverbodStatus status, String mandaat,
                              Besluit voorstel, String besluitDoor, String besluitRol, Instant opgelegdOp,
                              Instant eindigtOp, boolean mondeling, Instant uitgereiktOp, Uitreiking uitreiking,
                              String feiten, String afwijkingsreden, RedenNietOpleggen redenNietOpleggen,
                              String redenToelichting, Instant bereikbaarheidUiterlijk, List<Beschikking> beschikkingen) {
    }

    record AdresmeldingResponse(UUID dossierId, Instant eindigtOp) {
    }

    private final Besluiten besluiten;

    BesluitApiController(Besluiten besluiten) {
        this.besluiten = besluiten;
    }

    @PostMapping("/api/v1/dossiers/{id}/besluit")
    HuisverbodResponse decide(@PathVariable UUID id, @RequestBody BesluitRequest r) {
        return response(besluiten.decide(id, r.version(), new DecisionCommand(r.besluit(), r.opgelegdOp(),
                r.uitreiking(), r.feiten(), r.afwijkingsreden(), r.redenNietOpleggen(), r.redenToelichting())));
    }

    @GetMapping("/api/v1/dossiers/{id}/huisverbod")
    HuisverbodResponse get(@PathVariable UUID id) {
        return response(besluiten.forDossier(id).orElseThrow(() -> new NotFoundException("huisverbod")));
    }

    @GetMapping("/api/v1/dossiers/{id}/beschikkingen/{beschikkingId}")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID beschikkingId) {
        return DecisionWebController.pdfResponse(besluiten.beschikkingPdf(id, beschikkingId),
                "beschikking-" + beschikkingId + ".pdf");
    }

    @GetMapping("/api/v1/adresmeldingen")
    List<AdresmeldingResponse> addressFlags(@RequestParam(required = false) String postcode,
                                            @RequestParam(required = false) String huisnummer) {
        var v = new nl.huisverbod.shared.Violations();
        v.require(postcode != null && !postcode.isBlank(), "postcode", "validation.required");
        v.require(huisnummer != null && !huisnummer.isBlank(), "huisnummer", "validation.required");
        v.throwIfAny();
        return besluiten.runningAt(postcode, huisnummer).stream()
                .map(h -> new AdresmeldingResponse(h.dossierId(), h.endsAt())).toList();
    }

    private HuisverbodResponse response(Huisverbod h) {
        return new HuisverbodResponse(h.id(), h.version(), h.dossierId(), h.status(), h.mandaat().name(),
                h.voorstel(), h.decidedByName(), h.decidedByRole() == null ? null : h.decidedByRole().name(),
                h.imposedAt(), h.endsAt(), h.mondeling(), h.servedAt(), h.servingMethod(), h.feiten(),
                h.afwijkingsreden(), h.redenNietOpleggen(), h.redenToelichting(), h.reachabilityDue(),
                besluiten.beschikkingen(h.id()));
    }

}
