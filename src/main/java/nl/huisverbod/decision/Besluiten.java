package nl.huisverbod.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.decision.HuisverbodFeitVastgelegd.Feit;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.DossierStatus;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Mandaat;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.risk.Risicotaxaties;
import nl.huisverbod.risk.RiskSummary;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of the decision module: decide or propose under the municipality's mandate (Wth 3),
 * record what happens at serving, and read the order and its documents (authorised and audited).
 */
@Service
public class Besluiten {

    static final String OBJECT = "huisverbod";
    private final HuisverbodRepository repository;
    private final BeschikkingRepository beschikkingen;
    private final BeschikkingService documents;
    private final Dossiers dossiers;
    private final Risicotaxaties risk;
    private final Municipalities municipalities;
    private final Verlengingsadvies verlengingsadvies;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Besluiten(HuisverbodRepository repository, BeschikkingRepository beschikkingen, BeschikkingService documents,
              Dossiers dossiers, Risicotaxaties risk, Municipalities municipalities, Verlengingsadvies verlengingsadvies,
              CurrentUserProvider currentUser, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.beschikkingen = beschikkingen;
        this.documents = documents;
        this.dossiers = dossiers;
        this.risk = risk;
        this.municipalities = municipalities;
        this.verlengingsadvies = verlengingsadvies;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Decides, or proposes when the HOvJ may not decide: under a full mandate the HOvJ decides in the mayor's
     * name; under a signing mandate or none the HOvJ proposes and the mayor decides. Only these two roles act.
     */
    @Transactional
    public Huisverbod decide(UUID dossierId, Integer expectedVersion, DecisionCommand c) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "besluit huisverbod");
        dossiers.requireRole(user, d, "besluit huisverbod", Role.HOVJ, Role.BURGEMEESTER);
        Mandaat mandaat = municipalities.policy(d.gemeenteCode()).mandaat();
        Optional<Huisverbod> existing = repository.findByDossier(dossierId);
        existing.ifPresent(h -> {
            if (h.status() != HuisverbodStatus.VOORGESTELD) {
                throw InvalidInputException.of("besluit", "decision.alreadyDecided");
            }
            if (expectedVersion != null && h.version() != expectedVersion) {
                throw new OptimisticLockingFailureException("huisverbod changed by someone else");
            }
        });
        RiskSummary summary = risk.summary(dossierId).orElse(null);
        DecisionRules.check(c, factsOf(d, summary), clock.instant()).throwIfAny();

        boolean isNew = existing.isEmpty();
        Huisverbod h = existing.orElseGet(() -> new Huisverbod(UUID.randomUUID(), 0, d.id(),
                HuisverbodStatus.VOORGESTELD, d.gemeenteCode(), d.adres().postcode(), d.adres().huisnummer(), mandaat));
        h.mandaat = mandaat;
        if (user.role() == Role.HOVJ && !mandaat.hovjMayImpose()) {
            h.propose(c, user, clock);
            repository.save(h, isNew);
            write(h, d, "voorstel aan burgemeester (Wth art. 3)", "voorstel: " + c.besluit());
            events.publishEvent(new HuisverbodVoorgesteld(h.id(), d.id(), d.nummer(), d.gemeenteCode(), c.besluit()));
            return repository.find(h.id()).orElseThrow();
        }
        h.decide(c, user, clock);
        repository.save(h, isNew);
        dossiers.markDecided(d.id(), h.status() == HuisverbodStatus.OPGELEGD);
        write(h, d, "besluit huisverbod", "besluit: " + c.besluit() + " door " + user.role());
        if (h.status() == HuisverbodStatus.OPGELEGD) {
            Huisverbod saved = repository.find(h.id()).orElseThrow();
            documents.issue(BeschikkingSoort.OPLEGGING, saved, d, summary, user, null);
            events.publishEvent(new HuisverbodOpgelegd(h.id(), d.id(), d.nummer(), d.gemeenteCode(), d.vtRegion(),
                    d.policeUnit(), d.arrest(), user.role() == Role.HOVJ, h.imposedAt(), h.endsAt(), h.mondeling(),
                    h.decidedAt()));
        }
        return repository.find(h.id()).orElseThrow();
    }

    /**
     * Checks a decision as {@link #decide} would, without deciding: what the confirmation before imposing shows
     * is a decision that will be accepted.
     */
    @Transactional(readOnly = true)
    public void check(UUID dossierId, DecisionCommand c) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "besluit huisverbod");
        dossiers.requireRole(user, d, "besluit huisverbod", Role.HOVJ, Role.BURGEMEESTER);
        DecisionRules.check(c, factsOf(d, risk.summary(dossierId).orElse(null)), clock.instant()).throwIfAny();
    }

    /** The RiHG's findings as sentences, for the mayor deciding a proposal; empty while it is not final. */
    public List<String> riskFindings(UUID dossierId) {
        dossiers.authorise(dossierId, "besluit huisverbod");
        return risk.summary(dossierId).filter(RiskSummary::isFinal).map(RiskSummary::facts).orElse(List.of());
    }

    private static DecisionFacts factsOf(Dossier d, RiskSummary summary) {
        return new DecisionFacts(d.criteria().isChecked(), d.criteria().allMet(), summary,
                d.uithuisgeplaatste().geboortedatum(), d.beschermdePersonen().size());
    }

    /**
     * Wth 9: the mayor extends a running order, before its end, to at most four weeks after imposing, on the
     * hearing and the advices (or the reasons they are missing); a verlengingsbeschikking naming them is
     * issued and the police and partners are told at once.
     */
    @Transactional
    public Huisverbod extend(UUID dossierId, int version, ExtensionCommand c) {
        return changeCourse(dossierId, version, "verlenging huisverbod (Wth art. 9)", BeschikkingSoort.VERLENGING,
                HuisverbodGewijzigd.Wijziging.VERLENGD, DossierStatus.VERLENGD, c.redenen(),
                (h, user, grounds) -> h.extend(c, grounds, user, clock));
    }

    /**
     * What an extension of the case's order would rest on now, for the mayor's form: the hearing of the evicted
     * person and the two advices. Authorised on the decision and recorded as a read of the case's persons.
     */
    @Transactional
    public ExtensionGrounds extensionGrounds(UUID dossierId) {
        Dossier d = dossiers.authorise(dossierId, "voorbereiden verlenging", Onderdeel.BESLUIT);
        audit.record(new AuditRecord(AuditAction.READ, "verlengingsadvies", d.id(), d.id(), d.personIds(),
                "voorbereiden verlenging", dossiers.legalBasisOfCurrentUser(), null));
        return verlengingsadvies.grounds(d);
    }

    /** Wth 2(9): the mayor withdraws a running order, with the reason; the police and partners are told. */
    @Transactional
    public Huisverbod withdraw(UUID dossierId, int version, RedenIntrekking reason, String explanation) {
        return changeCourse(dossierId, version, "intrekking huisverbod (Wth art. 2 lid 9)", BeschikkingSoort.INTREKKING,
                HuisverbodGewijzigd.Wijziging.INGETROKKEN, DossierStatus.INGETROKKEN, explanation,
                (h, user, grounds) -> h.withdraw(reason, explanation, user, clock));
    }

    /** Wth 9: the mayor decides not to extend; the order runs to its end and the partners know where they stand. */
    @Transactional
    public Huisverbod declineExtension(UUID dossierId, int version, String reasons) {
        return changeCourse(dossierId, version, "besluit niet verlengen (Wth art. 9)", null,
                HuisverbodGewijzigd.Wijziging.NIET_VERLENGD, null, reasons,
                (h, user, grounds) -> h.declineExtension(reasons, user, clock));
    }

    interface CourseChange {
        void apply(Huisverbod h, CurrentUser user, ExtensionGrounds grounds);
    }

    /** Only the mayor changes the course of an order: Wth 3 allows no mandate for extending or withdrawing. */
    private Huisverbod changeCourse(UUID dossierId, int version, String purpose, BeschikkingSoort soort,
                                    HuisverbodGewijzigd.Wijziging wijziging, DossierStatus state, String toelichting,
                                    CourseChange change) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, purpose);
        dossiers.requireRole(user, d, purpose, soort == BeschikkingSoort.INTREKKING ? "decision.withdraw.mayorOnly"
                : soort == BeschikkingSoort.VERLENGING ? "decision.extend.mayorOnly" : "decision.notExtend.mayorOnly",
                Role.BURGEMEESTER);
        Huisverbod h = repository.findByDossier(dossierId).orElseThrow(() -> new NotFoundException("huisverbod"));
        if (h.version() != version) {
            throw new OptimisticLockingFailureException("huisverbod changed by someone else");
        }
        ExtensionGrounds grounds = soort == BeschikkingSoort.VERLENGING ? verlengingsadvies.grounds(d) : null;
        change.apply(h, user, grounds);
        repository.save(h, false);
        if (state != null) {
            dossiers.markOrder(d.id(), state);
        }
        write(h, d, purpose, wijziging + (h.endsAt() == null ? "" : ", einde " + h.endsAt()));
        Huisverbod saved = repository.find(h.id()).orElseThrow();
        if (soort != null) {
            documents.issue(soort, saved, d, risk.summary(dossierId).orElse(null), user,
                    toelichting == null || toelichting.isBlank() ? null : toelichting.trim(), grounds);
        }
        events.publishEvent(new HuisverbodGewijzigd(h.id(), d.id(), d.nummer(), d.gemeenteCode(), d.vtRegion(),
                d.policeUnit(), wijziging, saved.endsAt()));
        return saved;
    }

    /**
     * Wth 6, 8: the court suspended or annulled the order. Recorded by the municipality, which is party to the
     * case; the order ends and the police and partners are told at once.
     */
    @Transactional
    public Huisverbod endByCourt(UUID dossierId, Instant ruling) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "uitspraak rechter (Wth art. 6)");
        dossiers.requireRole(user, d, "uitspraak rechter (Wth art. 6)", Role.GEMEENTE_JURIST, Role.BURGEMEESTER);
        Huisverbod h = repository.findByDossier(dossierId).orElseThrow(() -> new NotFoundException("huisverbod"));
        h.endByCourt(ruling);
        repository.save(h, false);
        dossiers.markOrder(d.id(), DossierStatus.VERNIETIGD);
        write(h, d, "huisverbod vervallen door uitspraak rechter (Wth art. 6)", null);
        events.publishEvent(new HuisverbodGewijzigd(h.id(), d.id(), d.nummer(), d.gemeenteCode(), d.vtRegion(),
                d.policeUnit(), HuisverbodGewijzigd.Wijziging.DOOR_RECHTER_BEEINDIGD, ruling));
        return repository.find(h.id()).orElseThrow();
    }

    /** The order of a case, if a decision or proposal exists; authorised and audited. */
    @Transactional
    public Optional<Huisverbod> forDossier(UUID dossierId) {
        Dossier d = dossiers.authorise(dossierId, "inzien huisverbod", Onderdeel.BESLUIT);
        Optional<Huisverbod> h = repository.findByDossier(dossierId);
        h.ifPresent(hv -> audit.record(new AuditRecord(AuditAction.READ, OBJECT, hv.id(), d.id(), d.personIds(),
                "inzien huisverbod", dossiers.legalBasisOfCurrentUser(), null)));
        return h;
    }

    /**
     * The period of the case's imposed order (empty: none imposed), for the help file and the period checks of
     * other modules. Not a read of personal data, so not recorded: the caller has authorised its part.
     */
    public Optional<OrderPeriod> period(UUID dossierId) {
        return repository.findByDossier(dossierId).filter(h -> h.imposedAt() != null).map(OrderPeriod::of);
    }

    public List<Beschikking> beschikkingen(UUID huisverbodId) {
        return beschikkingen.ofHuisverbod(huisverbodId);
    }

    /** The archived PDF of a beschikking; authorised on the case and audited as a read of its persons. */
    @Transactional
    public byte[] beschikkingPdf(UUID dossierId, UUID beschikkingId) {
        Dossier d = dossiers.authorise(dossierId, "inzien beschikking", Onderdeel.BESLUIT);
        Huisverbod h = repository.findByDossier(dossierId).orElseThrow(() -> new NotFoundException("huisverbod"));
        boolean belongs = beschikkingen.ofHuisverbod(h.id()).stream().anyMatch(b -> b.id().equals(beschikkingId));
        if (!belongs) {
            throw new NotFoundException("beschikking");
        }
        audit.record(new AuditRecord(AuditAction.READ, "beschikking", beschikkingId, d.id(), d.personIds(),
                "inzien beschikking", dossiers.legalBasisOfCurrentUser(), null));
        return beschikkingen.pdf(beschikkingId).orElseThrow(() -> new NotFoundException("beschikking"));
    }

    /**
     * The text of a beschikking as its archived PDF reads, for reading it beside the lawyer's checklist: what
     * is checked is the document itself. Authorised and audited as {@link #beschikkingPdf}.
     */
    @Transactional
    public String beschikkingText(UUID dossierId, UUID beschikkingId) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(beschikkingPdf(dossierId, beschikkingId))) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("archived beschikking unreadable", e);
        }
    }

    /**
     * Wth 10: destroys the beschikkingen of the orders decided at or before {@code cutoff} (system work of the
     * retention job, at most {@code limit} at a time); each stays listed with its number, hash and moment.
     */
    @Transactional
    public List<VernietigdeBeschikking> destroyDecidedBefore(Instant cutoff, int limit) {
        return beschikkingen.destroyDecidedBefore(cutoff, clock.instant(), limit).stream()
                .map(v -> new VernietigdeBeschikking(v.dossierId(), v.beschikkingId(), v.nummer())).toList();
    }

    /** The leaflet in {@code language} (null: Dutch); an unknown language is refused naming those there are. */
    public byte[] leaflet(UUID dossierId, boolean forEvicted, String language) {
        String taal = language == null || language.isBlank() ? "nl" : language.trim().toLowerCase();
        if (!BeschikkingService.LEAFLET_LANGUAGES.contains(taal)) {
            throw InvalidInputException.of("taal", "decision.leaflet.language",
                    String.join(", ", BeschikkingService.LEAFLET_LANGUAGES));
        }
        Huisverbod h = requireOrder(dossierId, "folder");
        if (h.status() != HuisverbodStatus.OPGELEGD) {
            throw new NotFoundException("folder");
        }
        return documents.leaflet(h, forEvicted, taal);
    }

    public List<String> leafletLanguages() {
        return BeschikkingService.LEAFLET_LANGUAGES;
    }

    @Transactional
    public Huisverbod recordServing(UUID dossierId, int version, Uitreiking method, Instant at) {
        return change(dossierId, version, "uitreiking beschikking (Wth art. 2 lid 7)", Feit.UITGEREIKT,
                h -> h.recordServing(method, at, clock), Role.HOVJ, Role.POLITIE, Role.GEMEENTE_JURIST);
    }

    @Transactional
    public Huisverbod recordReachability(UUID dossierId, int version, String text, Instant at) {
        return change(dossierId, version, "bereikbaarheid (Wth art. 2 lid 6)", Feit.BEREIKBAARHEID,
                h -> h.recordReachability(text, at, clock), Role.HOVJ, Role.POLITIE, Role.GEMEENTE_JURIST,
                Role.BURGEMEESTER);
    }

    @Transactional
    public Huisverbod recordKeys(UUID dossierId, int version, String receipt, Instant at) {
        return change(dossierId, version, "sleutels ingeleverd (Wth art. 4)", Feit.SLEUTELS,
                h -> h.recordKeys(receipt, at, clock),
                Role.HOVJ, Role.POLITIE);
    }

    @Transactional
    public Huisverbod recordLawyerRequest(UUID dossierId, int version, Instant at) {
        return change(dossierId, version, "verzoek advocaat (Wth art. 5)", Feit.ADVOCAAT_GEVRAAGD,
                h -> h.recordLawyerRequest(at, clock),
                Role.HOVJ, Role.POLITIE, Role.GEMEENTE_JURIST, Role.BURGEMEESTER);
    }

    @Transactional
    public Huisverbod recordLawyerArranged(UUID dossierId, int version, String name, Instant at) {
        return change(dossierId, version, "advocaat geregeld (Wth art. 5)", Feit.ADVOCAAT_GEREGELD,
                h -> h.recordLawyerArranged(name, at, clock),
                Role.GEMEENTE_JURIST, Role.BURGEMEESTER, Role.HOVJ);
    }

    /** Police address flag: orders running now at an address. Police only; audited as a read. */
    @Transactional
    public List<Huisverbod> runningAt(String postcode, String huisnummer) {
        CurrentUser user = currentUser.require();
        if (!user.role().isPolice()) {
            throw new AccessDeniedException("address flag is for the police");
        }
        String normalised = postcode == null ? "" : nl.huisverbod.shared.Postcode.normalise(postcode);
        // a new call at the address is the local unit's: an officer of another unit is not told of the order
        // (found by ApiAccessMatrixTest: an Amsterdam HOvJ saw an Assen order at its address)
        List<Huisverbod> running = repository.runningAt(normalised, huisnummer == null ? "" : huisnummer.trim(),
                clock.instant()).stream().filter(h -> dossiers.mayKnow(user, h.dossierId(), Onderdeel.BESLUIT)).toList();
        // the address itself stays out of the trail (the administrator reads it); each order found is a read of its case
        if (running.isEmpty()) {
            audit.record(new AuditRecord(AuditAction.READ, "adresmelding", null, null, List.of(), "adrescheck",
                    "Wth art. 2; Wet politiegegevens art. 8", "geen lopend huisverbod"));
        }
        for (Huisverbod h : running) {
            audit.record(new AuditRecord(AuditAction.READ, "adresmelding", h.id(), h.dossierId(), List.of(), "adrescheck",
                    "Wth art. 2; Wet politiegegevens art. 8", "lopend huisverbod op het adres"));
        }
        return running;
    }

    /** A starting text for the facts (Wth 2(4)) from the final RiHG; the decision-maker edits it. */
    public String draftFacts(UUID dossierId) {
        dossiers.authorise(dossierId, "besluit huisverbod");
        return risk.summary(dossierId).map(s -> String.join("\n", s.facts())).orElse("");
    }

    /** The RiHG's indication for the case, if the assessment is final. */
    public Optional<Boolean> indication(UUID dossierId) {
        dossiers.authorise(dossierId, "besluit huisverbod");
        return risk.summary(dossierId).filter(RiskSummary::isFinal).map(RiskSummary::indicated);
    }

    public Mandaat mandaatFor(String gemeenteCode) {
        return municipalities.policy(gemeenteCode).mandaat();
    }

    /** Proposals waiting for the mayor of the current user's municipality. */
    public List<Huisverbod> proposalsForMayor() {
        CurrentUser user = currentUser.require();
        if (user.role() != Role.BURGEMEESTER) {
            return List.of();
        }
        return repository.withStatus(user.scopeCode(), HuisverbodStatus.VOORGESTELD);
    }

    interface Change {
        void apply(Huisverbod h);
    }

    private Huisverbod change(UUID dossierId, int version, String purpose, Feit feit, Change change, Role... roles) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, purpose);
        dossiers.requireRole(user, d, purpose, roles);
        Huisverbod h = repository.findByDossier(dossierId).orElseThrow(() -> new NotFoundException("huisverbod"));
        if (h.version() != version) {
            throw new OptimisticLockingFailureException("huisverbod changed by someone else");
        }
        change.apply(h);
        repository.save(h, false);
        write(h, d, purpose, null);
        // the deadline is met when the fact happened, not when it was typed in: the written beschikking when it
        // was served (Wth 2(7)), the lawyer when he was arranged (Wth 5), however much later that is recorded
        events.publishEvent(new HuisverbodFeitVastgelegd(h.id(), d.id(), d.nummer(), d.gemeenteCode(), feit,
                h.momentOf(feit)));
        return repository.find(h.id()).orElseThrow();
    }

    private Huisverbod requireOrder(UUID dossierId, String purpose) {
        dossiers.authorise(dossierId, purpose);
        return repository.findByDossier(dossierId).orElseThrow(() -> new NotFoundException("huisverbod"));
    }

    private void write(Huisverbod h, Dossier d, String purpose, String details) {
        audit.record(new AuditRecord(AuditAction.WRITE, OBJECT, h.id(), d.id(), d.personIds(), purpose,
                dossiers.legalBasisOfCurrentUser(), details));
    }
}
