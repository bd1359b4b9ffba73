package nl.huisverbod.enforcement;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.shared.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OvertredingApiController {

    record OmBeslissingRequest(Integer version, Overtreding.OmBeslissing omBeslissing) {
    }

    private final Overtredingen overtredingen;
    private final Dossiers dossiers;

    OvertredingApiController(Overtredingen overtredingen, Dossiers dossiers) {
        this.overtredingen = overtredingen;
        this.dossiers = dossiers;
    }

    @GetMapping("/api/v1/dossiers/{id}/overtredingen")
    List<Overtreding> list(@PathVariable UUID id) {
        dossiers.open(id, "overtredingen (API)");
        return overtredingen.list(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/overtredingen")
    ResponseEntity<Overtreding> report(@PathVariable UUID id, @RequestBody OvertredingMelding melding) {
        Overtreding o = overtredingen.report(id, melding);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/overtredingen/" + o.id())).body(o);
    }

    @PutMapping("/api/v1/dossiers/{id}/overtredingen/{overtredingId}/om-beslissing")
    Overtreding omDecision(@PathVariable UUID id, @PathVariable UUID overtredingId,
                           @RequestBody OmBeslissingRequest r) {
        return overtredingen.omDecision(id, overtredingId, ExpectedVersion.require(r.version()), r.omBeslissing());
    }
}
