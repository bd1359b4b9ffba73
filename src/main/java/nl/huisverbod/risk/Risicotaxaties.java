package nl.huisverbod.risk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public API of the risk module. Police fill parts A and B, Veilig Thuis may add part C; the HOvJ finalises. */
@Service
public class Risicotaxaties {

    static final String INSTRUMENT = "RiHG";
    private static final String OBJECT = "risicotaxatie";
    private final RisicotaxatieRepository repository;
    private final InstrumentCatalogue catalogue;
    private final Dossiers dossiers;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    Risicotaxaties(RisicotaxatieRepository repository, InstrumentCatalogue catalogue, Dossiers dossiers,
                   CurrentUserProvider currentUser, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessment of a case, if one was started; authorised and audited as a read. */
    @Transactional
    public Optional<Risicotaxatie> forDossier(UUID dossierId) {
        Dossier d = dossiers.authorise(dossierId, "inzien risicotaxatie", Onderdeel.RIHG);
        Optional<Risicotaxatie> r = repository.findByDossier(dossierId);
        r.ifPresent(rt -> record(AuditAction.READ, rt, d, "inzien risicotaxatie", null));
        return r;
    }

    public InstrumentDefinition instrumentOf(Risicotaxatie r) {
        return catalogue.get(r.instrumentId());
    }

    public InstrumentDefinition currentInstrument() {
        return catalogue.current(INSTRUMENT);
    }

    @Transactional
    public Risicotaxatie saveDraft(UUID dossierId, Integer expectedVersion, AssessmentInput input) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "invullen risicotaxatie");
        dossiers.requireRole(user, d, "invullen risicotaxatie", Role.HOVJ, Role.POLITIE, Role.VT_COORDINATOR);
        Risicotaxatie r = repository.findByDossier(dossierId).orElse(null);
        if (r == null) {
            r = Risicotaxatie.start(dossierId, catalogue.current(INSTRUMENT), user, clock);
            repository.insert(r);
        } else {
            checkVersion(r, expectedVersion);
        }
        r.saveDraft(input, catalogue.get(r.instrumentId()), user, clock);
        repository.update(r);
        record(AuditAction.WRITE, r, d, "invullen risicotaxatie",
                input.answers().size() + " antwoorden, " + input.ratings().size() + " beoordelingen");
        return repository.findByDossier(dossierId).orElseThrow();
    }

    @Transactional
    public Risicotaxatie recordVtConsultation(UUID dossierId, int expectedVersion, VtConsultation consultation) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "raadpleging Veilig Thuis");
        dossiers.requireRole(user, d, "raadpleging Veilig Thuis", Role.HOVJ, Role.BURGEMEESTER);
        Risicotaxatie r = existing(dossierId);
        checkVersion(r, expectedVersion);
        r.recordVtConsultation(consultation, clock.instant());
        repository.update(r);
        record(AuditAction.WRITE, r, d, "raadpleging Veilig Thuis (Wth art. 2 lid 3)", consultation.with());
        return repository.findByDossier(dossierId).orElseThrow();
    }

    @Transactional
    public Risicotaxatie finalise(UUID dossierId, int expectedVersion) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "vaststellen risicotaxatie");
        dossiers.requireRole(user, d, "vaststellen risicotaxatie", Role.HOVJ);
        Risicotaxatie r = existing(dossierId);
        checkVersion(r, expectedVersion);
        r.finalise(catalogue.get(r.instrumentId()), user, clock);
        repository.update(r);
        dossiers.markAssessed(dossierId);
        record(AuditAction.WRITE, r, d, "vaststellen risicotaxatie", "indicatie huisverbod: " + r.indicated());
        return repository.findByDossier(dossierId).orElseThrow();
    }

    /**
     * The summary the decision module needs. The caller has authorised the dossier and audits its own read.
     */
    public Optional<RiskSummary> summary(UUID dossierId) {
        return repository.findByDossier(dossierId).map(r -> {
            InstrumentDefinition instrument = catalogue.get(r.instrumentId());
            List<String> facts = new ArrayList<>();
            for (InstrumentDefinition.Signal s : instrument.signals()) {
                SignalRating rating = r.ratings().get(s.code());
                if (rating == null || rating.rating() == Rating.GEEL) {
                    continue;
                }
                List<String> yes = s.items().stream()
                        .filter(i -> r.answers().containsKey(i.code()) && r.answers().get(i.code()).answer() == Answer.JA)
                        .map(InstrumentDefinition.Item::text).toList();
                if (rating.rating() == Rating.BLAUW && yes.isEmpty()) {
                    continue; // a medium rating without a confirmed fact adds nothing to the reasoning
                }
                facts.add(sentence(s.title(), rating.rating(), yes));
            }
            return new RiskSummary(r.isFinal(), Boolean.TRUE.equals(r.indicated()), r.kindermishandeling(),
                    r.vtConsultation() == null ? null : r.vtConsultation().at(), facts);
        });
    }

    /**
     * One finding of the RiHG as a sentence for the beschikking (Awb 3:46: reasons a reader can follow), e.g.
     * "Bij ‘Bedreiging’ is het risico hoog (rood); vastgesteld is: dreigen met wapen en dreigen met doden."
     */
    static String sentence(String signal, Rating rating, List<String> established) {
        String level = rating == Rating.ROOD ? "hoog (rood)" : "middelmatig (blauw)";
        String facts = established.size() <= 1 ? String.join("", established)
                : String.join(", ", established.subList(0, established.size() - 1)) + " en "
                + established.get(established.size() - 1);
        return "Bij \u2018" + signal + "\u2019 is het risico " + level
                + (established.isEmpty() ? "." : "; vastgesteld is: " + facts + ".");
    }

    private Risicotaxatie existing(UUID dossierId) {
        return repository.findByDossier(dossierId)
                .orElseThrow(() -> InvalidInputException.of("risicotaxatie", "risk.notStarted"));
    }

    private static void checkVersion(Risicotaxatie r, Integer expected) {
        if (expected != null && r.version() != expected) {
            throw new OptimisticLockingFailureException("risicotaxatie changed by someone else");
        }
    }

    private void record(AuditAction action, Risicotaxatie r, Dossier d, String purpose, String details) {
        audit.record(new AuditRecord(action, OBJECT, r.id(), d.id(), d.personIds(), purpose,
                dossiers.legalBasisOfCurrentUser(), details));
    }
}
