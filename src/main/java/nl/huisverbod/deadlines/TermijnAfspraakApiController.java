package nl.huisverbod.deadlines;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agreed deadlines per region or municipality, for the functional administrator. */
@RestController
class TermijnAfspraakApiController {

    private final TermijnAfspraken afspraken;

    TermijnAfspraakApiController(TermijnAfspraken afspraken) {
        this.afspraken = afspraken;
    }

    record AfspraakRequest(Boolean actief, TermijnRegel.Eenheid eenheid, Integer aantal, Integer version) {
    }

    @GetMapping("/api/v1/termijnafspraken")
    List<TermijnAfspraak> all() {
        return afspraken.all();
    }

    @PutMapping("/api/v1/termijnafspraken/{scopeType}/{scopeCode}/{kind}")
    TermijnAfspraak set(@PathVariable TermijnAfspraak.Scope scopeType, @PathVariable String scopeCode,
                        @PathVariable DeadlineKind kind, @RequestBody AfspraakRequest r) {
        return afspraken.set(scopeType, scopeCode, kind, !Boolean.FALSE.equals(r.actief()), r.eenheid(), r.aantal(),
                r.version());
    }

    @DeleteMapping("/api/v1/termijnafspraken/{scopeType}/{scopeCode}/{kind}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable TermijnAfspraak.Scope scopeType, @PathVariable String scopeCode,
                @PathVariable DeadlineKind kind) {
        afspraken.remove(scopeType, scopeCode, kind);
    }
}
