package nl.huisverbod.enforcement;

import java.net.URI;
import java.time.Instant;
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
class RechtsmiddelApiController {

    record InstellenRequest(Rechtsmiddel.Soort soort, Instant ingediendOp) {
    }

    record ZittingRequest(Integer version, Instant zittingOp, Boolean minderjarigenGehoord, String redenNietGehoord) {
    }

    record UitspraakRequest(Integer version, Instant uitspraakOp, Rechtsmiddel.Uitkomst uitkomst, String toelichting) {
    }

    private final Rechtsmiddelen rechtsmiddelen;
    private final Dossiers dossiers;

    RechtsmiddelApiController(Rechtsmiddelen rechtsmiddelen, Dossiers dossiers) {
        this.rechtsmiddelen = rechtsmiddelen;
        this.dossiers = dossiers;
    }

    @GetMapping("/api/v1/dossiers/{id}/rechtsmiddelen")
    List<Rechtsmiddel> list(@PathVariable UUID id) {
        dossiers.open(id, "rechtsmiddelen (API)");
        return rechtsmiddelen.list(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/rechtsmiddelen")
    ResponseEntity<Rechtsmiddel> lodge(@PathVariable UUID id, @RequestBody InstellenRequest r) {
        Rechtsmiddel lodged = rechtsmiddelen.lodge(id, r.soort(), r.ingediendOp());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/rechtsmiddelen/" + lodged.id()))
                .body(lodged);
    }

    @PutMapping("/api/v1/dossiers/{id}/rechtsmiddelen/{rid}/zitting")
    Rechtsmiddel hearing(@PathVariable UUID id, @PathVariable UUID rid, @RequestBody ZittingRequest r) {
        return rechtsmiddelen.hearing(id, rid, ExpectedVersion.require(r.version()), r.zittingOp(),
                r.minderjarigenGehoord(), r.redenNietGehoord());
    }

    @PutMapping("/api/v1/dossiers/{id}/rechtsmiddelen/{rid}/uitspraak")
    Rechtsmiddel ruling(@PathVariable UUID id, @PathVariable UUID rid, @RequestBody UitspraakRequest r) {
        return rechtsmiddelen.ruling(id, rid, ExpectedVersion.require(r.version()), r.uitspraakOp(), r.uitkomst(),
                r.toelichting());
    }
}
