package nl.huisverbod.enforcement;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StrafrechtApiController {

    private final Strafrecht strafrecht;

    StrafrechtApiController(Strafrecht strafrecht) {
        this.strafrecht = strafrecht;
    }

    @GetMapping("/api/v1/dossiers/{id}/strafrecht")
    List<Strafrechtstap> list(@PathVariable UUID id) {
        return strafrecht.list(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/strafrecht")
    @ResponseStatus(HttpStatus.CREATED)
    Strafrechtstap record(@PathVariable UUID id, @RequestBody StrafrechtstapInput r) {
        return strafrecht.record(id, r);
    }
}
