package nl.huisverbod.decision;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.huisverbod.shared.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The municipal legal check and the herstelbeschikking through the API. */
@RestController
class JuridischeControleApiController {

    record ControleRequest(Set<ControlePunt> akkoord, String opmerkingen) {
    }

    /** A formal error in beschikking {@code beschikkingId}: where it reads {@code onjuist}, it should read {@code juist}. */
    record HerstelRequest(Integer version, UUID beschikkingId, Vormfout vormfout, String onjuist, String juist,
                          String toelichting) {
    }

    private final JuridischeControles controles;
    private final java.time.Clock clock;

    JuridischeControleApiController(JuridischeControles controles, java.time.Clock clock) {
        this.controles = controles;
        this.clock = clock;
    }

    @PostMapping("/api/v1/dossiers/{id}/juridische-controles")
    ResponseEntity<JuridischeControle> record(@PathVariable UUID id, @RequestBody ControleRequest r) {
        return ResponseEntity.status(201).body(controles.record(id, r.akkoord(), r.opmerkingen()));
    }

    @GetMapping("/api/v1/juridische-controles/wachtrij")
    List<HuisverbodResponse> queue() {
        return controles.queue().stream().map(h -> HuisverbodResponse.of(h, List.of(), clock.instant())).toList();
    }

    @PostMapping("/api/v1/dossiers/{id}/herstelbeschikkingen")
    ResponseEntity<Beschikking> herstel(@PathVariable UUID id, @RequestBody HerstelRequest r) {
        return ResponseEntity.status(201).body(controles.herstel(id, ExpectedVersion.require(r.version()),
                new Herstel(r.beschikkingId(), r.vormfout(), r.onjuist(), r.juist()), r.toelichting()));
    }
}
