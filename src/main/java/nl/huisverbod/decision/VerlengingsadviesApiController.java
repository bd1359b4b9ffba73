package nl.huisverbod.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Hearing both parties and the beleidsadvies, before the mayor's extension decision. */
@RestController
class VerlengingsadviesApiController {

    private final Verlengingsadvies advies;

    VerlengingsadviesApiController(Verlengingsadvies advies) {
        this.advies = advies;
    }

    record HoorzittingRequest(UUID persoonId, Instant moment, Hoorzitting.Wijze wijze, String samenvatting) {
    }

    record BeleidsadviesRequest(Boolean adviesVerlengen, String motivering) {
    }

    @GetMapping("/api/v1/dossiers/{id}/hoorzittingen")
    List<Hoorzitting> hearings(@PathVariable UUID id) {
        return advies.hearings(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/hoorzittingen")
    @ResponseStatus(HttpStatus.CREATED)
    Hoorzitting hear(@PathVariable UUID id, @RequestBody HoorzittingRequest r) {
        return advies.hear(id, r.persoonId(), r.moment(), r.wijze(), r.samenvatting());
    }

    @GetMapping("/api/v1/dossiers/{id}/beleidsadvies")
    Beleidsadvies get(@PathVariable UUID id) {
        return advies.beleidsadvies(id).orElseThrow(() -> new NotFoundException("beleidsadvies"));
    }

    @PostMapping("/api/v1/dossiers/{id}/beleidsadvies")
    @ResponseStatus(HttpStatus.CREATED)
    Beleidsadvies advise(@PathVariable UUID id, @RequestBody BeleidsadviesRequest r) {
        return advies.advise(id, r.adviesVerlengen(), r.motivering());
    }
}
