package nl.huisverbod.dossier;

import java.net.URI;
import java.util.List;
import nl.huisverbod.platform.ListRequest;
import java.util.UUID;
import nl.huisverbod.shared.ExpectedVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases through the REST API (NL API Design Rules: kebab-case Dutch resource names, no trailing slash). */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossierApiController {

    record CriteriaRequest(Integer version, Boolean meerderjarig, String meerderjarigReden, Boolean woonachtig,
                           String woonachtigReden, Boolean gevaar, String gevaarReden) {
    }

    private final Dossiers dossiers;

    DossierApiController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping
    List<DossierListItem> list(ListRequest page) {
        return dossiers.visibleCases(page);
    }

    @PostMapping
    ResponseEntity<DossierResponse> register(@RequestBody RegistrationCommand command) {
        Dossier d = dossiers.register(command);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + d.id())).body(DossierResponse.of(dossiers.viewOf(d)));
    }

    @GetMapping("/{id}")
    DossierResponse get(@PathVariable UUID id) {
        return DossierResponse.of(dossiers.view(id, "inzien dossier (API)"));
    }

    @PutMapping("/{id}/toetsingscriteria")
    DossierResponse criteria(@PathVariable UUID id, @RequestBody CriteriaRequest r) {
        return DossierResponse.of(dossiers.viewOf(dossiers.recordCriteria(id, ExpectedVersion.require(r.version()), new CriteriaCommand(r.meerderjarig(),
                r.meerderjarigReden(), r.woonachtig(), r.woonachtigReden(), r.gevaar(), r.gevaarReden()))));
    }
}
