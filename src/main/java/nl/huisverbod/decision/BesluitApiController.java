package nl.huisverbod.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.shared.ExpectedVersion;
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
                          String afwijkingsreden, RedenNietOpleggen redenNietOpleggen, String redenToelichting,
                          String redenLaterVastgelegd) {
    }

    record UitreikingRequest(Integer version, Uitreiking uitreiking, Instant uitgereiktOp) {
    }

    record TekstRequest(Integer version, String tekst) {
    }

    /** A fact after imposing with the moment it happened ({@code moment} empty: now). */
    record FeitRequest(Integer version, String tekst, Instant moment) {
    }

    record VerlengingRequest(Integer version, Instant eindigtOp, String redenen, String nietGehoordReden,
                             String zorgadviesOntbreektReden, String beleidsadviesOntbreektReden) {
    }

    record IntrekkingRequest(Integer version, RedenIntrekking reden, String toelichting) {
    }

    record AdresmeldingResponse(UUID dossierId, Instant eindigtOp) {
    }

    private final Besluiten besluiten;
    private final Uitreikingen uitreikingen;
    private final java.time.Clock clock;

    BesluitApiController(Besluiten besluiten, Uitreikingen uitreikingen, java.time.Clock clock) {
        this.besluiten = besluiten;
        this.uitreikingen = uitreikingen;
        this.clock = clock;
    }

    @PostMapping("/api/v1/dossiers/{id}/huisverbod/uitreiking")
    HuisverbodResponse serving(@PathVariable UUID id, @RequestBody UitreikingRequest r) {
        return response(besluiten.recordServing(id, ExpectedVersion.require(r.version()), r.uitreiking(), r.uitgereiktOp()));
    }

    @PostMapping("/api/v1/dossiers/{id}/huisverbod/bereikbaarheid")
    HuisverbodResponse reachability(@PathVariable UUID id, @RequestBody FeitRequest r) {
        return response(besluiten.recordReachability(id, ExpectedVersion.require(r.version()), r.tekst(), r.moment()));
    }

    @PostMapping("/api/v1/dossiers/{id}/huisverbod/sleutels")
    HuisverbodResponse keys(@PathVariable UUID id, @RequestBody FeitRequest r) {
        return response(besluiten.recordKeys(id, ExpectedVersion.require(r.version()), r.tekst(), r.moment()));
    }

    @PostMapping("/api/v1/dossiers/{id}/huisverbod/advocaat-verzoek")
    HuisverbodResponse lawyerRequest(@PathVariable UUID id, @RequestBody FeitRequest r) {
        return response(besluiten.recordLawyerRequest(id, ExpectedVersion.require(r.version()), r.moment()));
    }

    @PostMapping("/api/v1/dossiers/{id}/huisverbod/advocaat")
    HuisverbodResponse lawyer(@PathVariable UUID id, @RequestBody FeitRequest r) {
        return response(besluiten.recordLawyerArranged(id, ExpectedVersion.require(r.version()), r.tekst(),
                r.moment()));
    }

    @PostMapping("/api/v1/dossiers/{id}/verlenging")
    HuisverbodResponse extend(@PathVariable UUID id, @RequestBody VerlengingRequest r) {
        return response(besluiten.extend(id, ExpectedVersion.require(r.version()), new ExtensionCommand(r.eindigtOp(),
                r.redenen(), r.nietGehoordReden(), r.zorgadviesOntbreektReden(), r.beleidsadviesOntbreektReden())));
    }

    record OntvangstRequest(UUID persoonId, Uitreiking wijze, Instant uitgereiktOp) {
    }

    /** A later decision (extension, withdrawal, correction) served on a party. */
    @PostMapping("/api/v1/dossiers/{id}/beschikkingen/{beschikkingId}/uitreikingen")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    Uitreikingen.Ontvangst served(@PathVariable UUID id, @PathVariable UUID beschikkingId,
                                  @RequestBody OntvangstRequest r) {
        return uitreikingen.record(id, beschikkingId, r.persoonId(), r.wijze(), r.uitgereiktOp());
    }

    @GetMapping("/api/v1/dossiers/{id}/uitreikingen")
    List<Uitreikingen.Ontvangst> servings(@PathVariable UUID id) {
        return uitreikingen.ofDossier(id);
    }

    /** Wth 9: the mayor's decision not to extend, with its reasons. */
    @PostMapping("/api/v1/dossiers/{id}/niet-verlenging")
    HuisverbodResponse declineExtension(@PathVariable UUID id, @RequestBody TekstRequest r) {
        return response(besluiten.declineExtension(id, ExpectedVersion.require(r.version()), r.tekst()));
    }

    @PostMapping("/api/v1/dossiers/{id}/intrekking")
    HuisverbodResponse withdraw(@PathVariable UUID id, @RequestBody IntrekkingRequest r) {
        return response(besluiten.withdraw(id, ExpectedVersion.require(r.version()), r.reden(), r.toelichting()));
    }

    @PostMapping("/api/v1/dossiers/{id}/besluit")
    HuisverbodResponse decide(@PathVariable UUID id, @RequestBody BesluitRequest r) {
        return response(besluiten.decide(id, r.version(), new DecisionCommand(r.besluit(), r.opgelegdOp(),
                r.uitreiking(), r.feiten(), r.afwijkingsreden(), r.redenNietOpleggen(), r.redenToelichting(),
                r.redenLaterVastgelegd())));
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
        return HuisverbodResponse.of(h, besluiten.beschikkingen(h.id()), clock.instant());
    }

}
