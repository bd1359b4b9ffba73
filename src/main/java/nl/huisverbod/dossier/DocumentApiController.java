package nl.huisverbod.dossier;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class DocumentApiController {

    private final DossierDocuments documents;
    private final Dossiers dossiers;

    DocumentApiController(DossierDocuments documents, Dossiers dossiers) {
        this.documents = documents;
        this.dossiers = dossiers;
    }

    @GetMapping("/api/v1/dossiers/{id}/documenten")
    List<DossierDocument> list(@PathVariable UUID id) {
        dossiers.open(id, "documentenlijst (API)");
        return documents.list(id);
    }

    @PostMapping(path = "/api/v1/dossiers/{id}/documenten", consumes = "multipart/form-data")
    ResponseEntity<DossierDocument> upload(@PathVariable UUID id, @RequestParam(required = false) DocumentSoort soort,
                                           @RequestParam(required = false) MultipartFile bestand) throws IOException {
        DossierDocument doc = documents.add(id, soort, bestand == null ? null : bestand.getOriginalFilename(),
                bestand == null ? null : bestand.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/documenten/" + doc.id())).body(doc);
    }

    @GetMapping("/api/v1/dossiers/{id}/documenten/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
        return DocumentWebController.file(documents.content(id, documentId));
    }
}
