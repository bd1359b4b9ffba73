package nl.huisverbod.dossier;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Sha256;
import nl.huisverbod.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** Documents received with a case: the police report travels with the file to Veilig Thuis (Wth 2(8)). */
@Service
public class DossierDocuments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    private final DocumentScanner scanner;

    DossierDocuments(JdbcClient jdbc, Dossiers dossiers, CurrentUserProvider currentUser, AuditTrail audit,
                     Clock clock, DocumentScanner scanner) {
        this.scanner = scanner;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DossierDocument add(UUID dossierId, DocumentSoort soort, String filename, byte[] content) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "document toevoegen");
        dossiers.requireRole(user, d, "document toevoegen", Role.HOVJ, Role.POLITIE, Role.VT_COORDINATOR,
                Role.GEMEENTE_JURIST);
        var v = new Violations();
        v.require(soort != null, "soort", "validation.required");
        boolean empty = content == null || content.length == 0;
        v.require(!empty, "bestand", "document.empty");
        v.require(empty || content.length <= MAX_BYTES, "bestand", "document.tooLarge");
        DocumentType type = empty ? null : DocumentType.detect(content).orElse(null);
        v.require(empty || type != null, "bestand", "document.type");
        boolean wellFormed = type != null && type.wellFormed(content);
        v.require(type == null || wellFormed, "bestand", "document.malformed");
        v.require(!wellFormed || scanner.clean(content), "bestand", "document.infected");
        v.throwIfAny();
        String name = cleanName(filename, type);
        var doc = new DossierDocument(UUID.randomUUID(), dossierId, soort, name, type.contentType, content.length,
                Sha256.hex(content), clock.instant(), user.displayName(), null);
        jdbc.sql("""
                insert into dossier_document (id, dossier_id, soort, filename, content_type, size_bytes, sha256, content,
                    uploaded_at, uploaded_by, uploaded_by_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(doc.id(), dossierId, soort.name(), name, doc.contentType(), doc.sizeBytes(), doc.sha256(),
                        content, ts(doc.uploadedAt()), user.userId(), user.displayName())
                .update();
        audit.record(new AuditRecord(AuditAction.WRITE, "document", doc.id(), dossierId, d.personIds(),
                "document toevoegen", dossiers.legalBasisOfCurrentUser(), soort + " " + name));
        return doc;
    }

    /** The documents of a case (their metadata); authorised for the documents part of the case. */
    @Transactional
    public List<DossierDocument> list(UUID dossierId) {
        dossiers.authorise(dossierId, "documentenlijst", Onderdeel.DOCUMENTEN);
        return rows(dossierId);
    }

    private List<DossierDocument> rows(UUID dossierId) {
        return jdbc.sql("""
                select id, dossier_id, soort, filename, content_type, size_bytes, sha256, uploaded_at, uploaded_by_name,
                    vernietigd_op from dossier_document where dossier_id = ? order by uploaded_at""")
                .param(dossierId)
                .query((rs, n) -> new DossierDocument(rs.getObject("id", UUID.class),
                        rs.getObject("dossier_id", UUID.class), DocumentSoort.valueOf(rs.getString("soort")),
                        rs.getString("filename"), rs.getString("content_type"), rs.getInt("size_bytes"),
                        rs.getString("sha256"), instant(rs, "uploaded_at"), rs.getString("uploaded_by_name"),
                        instant(rs, "vernietigd_op")))
                .list();
    }

    public record Content(DossierDocument document, byte[] bytes) {
    }

    /**
     * Retention: destroys the content of the documents of these cases (Wth 10 for a case with an order; the
     * configured period for a case without one); the metadata and hash stay. Returns the number destroyed.
     */
    @Transactional
    public int destroyOf(UUID dossierId, java.time.Instant now) {
        return jdbc.sql("update dossier_document set content = ''::bytea, vernietigd_op = ? where dossier_id = ? and vernietigd_op is null")
                .params(ts(now), dossierId).update();
    }

    @Transactional
    public Content content(UUID dossierId, UUID documentId) {
        Dossier d = dossiers.authorise(dossierId, "inzien document", Onderdeel.DOCUMENTEN);
        DossierDocument doc = rows(dossierId).stream().filter(x -> x.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("document"));
        if (doc.vernietigdOp() != null) {
            throw new nl.huisverbod.shared.GoneException("document", doc.vernietigdOp());
        }
        byte[] bytes = jdbc.sql("select content from dossier_document where id = ?").param(documentId)
                .query(byte[].class).single();
        audit.record(new AuditRecord(AuditAction.READ, "document", documentId, dossierId, d.personIds(),
                "inzien document", dossiers.legalBasisOfCurrentUser(), doc.soort().name()));
        return new Content(doc, bytes);
    }

    private static String cleanName(String filename, DocumentType type) {
        String base = filename == null ? "" : filename.replaceAll("^.*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N} ._-]", "_");
        if (base.isBlank()) {
            base = "document." + type.name().toLowerCase();
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
