package nl.huisverbod.figures;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ZaakImportApiController {

    private final ZaakImport zaakImport;

    ZaakImportApiController(ZaakImport zaakImport) {
        this.zaakImport = zaakImport;
    }

    /**
     * JSON Lines, one case per line (docs/import-zaken.md). Answers 202 at once with the import's progress
     * resource in {@code Location}; the file is processed in the background.
     */
    @PostMapping(path = "/api/v1/zaak-imports", consumes = {"application/x-ndjson", "application/jsonl",
            "application/json-lines", "text/plain"})
    ResponseEntity<ZaakImport.Voortgang> start(@RequestParam(required = false) String bron, InputStream body) {
        UUID id = zaakImport.start(bron, body);
        return ResponseEntity.accepted().location(URI.create("/api/v1/zaak-imports/" + id))
                .body(zaakImport.voortgang(id));
    }

    @GetMapping("/api/v1/zaak-imports/{id}")
    ZaakImport.Voortgang voortgang(@PathVariable UUID id) {
        return zaakImport.voortgang(id);
    }

    @GetMapping("/api/v1/zaak-imports")
    List<ZaakImport.Voortgang> recent() {
        return zaakImport.recent();
    }
}
