package nl.huisverbod.dossier;

import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload and download of case documents in the UI; the API uses the same endpoints under /api/v1. */
@Controller
class DocumentWebController {

    private final DossierDocuments documents;

    DocumentWebController(DossierDocuments documents) {
        this.documents = documents;
    }

    @PostMapping("/dossiers/{id}/documenten")
    String upload(@PathVariable UUID id, @RequestParam(required = false) DocumentSoort soort,
                  @RequestParam(required = false) MultipartFile bestand) throws IOException {
        documents.add(id, soort, bestand == null ? null : bestand.getOriginalFilename(),
                bestand == null ? null : bestand.getBytes());
        return "redirect:/dossiers/" + id + "?saved";
    }

    @GetMapping("/dossiers/{id}/documenten/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
        return file(documents.content(id, documentId));
    }

    static ResponseEntity<byte[]> file(DossierDocuments.Content content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(content.document().filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content.bytes());
    }
}
