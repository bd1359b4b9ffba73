package nl.huisverbod.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.decision.VernietigdeBeschikking;
import nl.huisverbod.dossier.DossierDocuments;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.shared.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention job. Wth 10 fixes five years from the decision for the beschikkingen and the documents
 * received with them; the period for the documents of a case without an order is configuration
 * ({@code huisverbod.retention.documents-without-order}, default five years from registration). Each thing
 * destroyed leaves an entry in the audit trail; the rows stay with number, hash and moment of destruction.
 */
@Service
public class Bewaartermijnen {

    /** Wth 10: five years. A legal rule, not configuration. */
    public static final Period WTH_10 = Period.ofYears(5);
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Bewaartermijnen.class);
    private final Besluiten besluiten;
    private final Dossiers dossiers;
    private final DossierDocuments documents;
    private final AuditTrail audit;
    private final Clock clock;
    private final Period withoutOrder;

    Bewaartermijnen(Besluiten besluiten, Dossiers dossiers, DossierDocuments documents, AuditTrail audit, Clock clock,
                    @Value("${huisverbod.retention.documents-without-order:P5Y}") Period withoutOrder) {
        this.besluiten = besluiten;
        this.dossiers = dossiers;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.withoutOrder = withoutOrder;
    }

    public record Resultaat(int beschikkingen, int documenten) {
    }

    /** Every night; safe on several nodes (rows are claimed with skip locked). */
    @Scheduled(cron = "${huisverbod.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public Resultaat run() {
        Instant now = clock.instant();
        Instant decidedBefore = LegalTime.local(now).minus(WTH_10).toInstant();
        int beschikkingen = 0;
        int docs = 0;
        List<VernietigdeBeschikking> destroyed;
        do {
            destroyed = besluiten.destroyDecidedBefore(decidedBefore, BATCH);
            Set<UUID> cases = new LinkedHashSet<>();
            for (VernietigdeBeschikking b : destroyed) {
                audit.record(new AuditRecord(AuditAction.WRITE, "beschikking", b.beschikkingId(), b.dossierId(), List.of(),
                        "vernietiging (Wth art. 10)", "Wth art. 10", b.nummer()));
                cases.add(b.dossierId());
            }
            for (UUID dossierId : cases) {
                docs += destroyDocuments(dossierId, now, "vernietiging documenten (Wth art. 10)", "Wth art. 10");
            }
            beschikkingen += destroyed.size();
        } while (destroyed.size() == BATCH);
        Instant registeredBefore = LegalTime.local(now).minus(withoutOrder).toInstant();
        List<UUID> withoutOrderCases;
        do {
            withoutOrderCases = dossiers.withoutOrderWithDocumentsBefore(registeredBefore, BATCH);
            for (UUID dossierId : withoutOrderCases) {
                docs += destroyDocuments(dossierId, now, "vernietiging documenten (geen huisverbod)",
                        "bewaartermijn " + withoutOrder + " (AVG art. 5 lid 1 onder e)");
            }
        } while (withoutOrderCases.size() == BATCH);
        if (beschikkingen + docs > 0) {
            log.info("Retention: {} beschikking(en) and {} document(s) destroyed", beschikkingen, docs);
        }
        return new Resultaat(beschikkingen, docs);
    }

    private int destroyDocuments(UUID dossierId, Instant now, String purpose, String basis) {
        int n = documents.destroyOf(dossierId, now);
        if (n > 0) {
            audit.record(new AuditRecord(AuditAction.WRITE, "document", null, dossierId, List.of(), purpose, basis,
                    n + " document(en)"));
        }
        return n;
    }
}
