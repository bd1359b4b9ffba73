package nl.huisverbod.dossier;

import java.time.Instant;
import java.util.UUID;

/** A document received with a case (metadata; the content is fetched separately, authorised and audited). */
public record DossierDocument(UUID id, UUID dossierId, DocumentSoort soort, String filename, String contentType,
                              int sizeBytes, String sha256, Instant uploadedAt, String uploadedByName,
                              Instant vernietigdOp) {
}
