package nl.huisverbod.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.platform.ListRequest;
import nl.huisverbod.platform.PageOf;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.Bsn;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of the dossier module: register a case, open it (authorised and audited), record the
 * entry criteria, and let the other modules move its status. Every access to a case passes
 * {@link #authorise}, which records refusals in the audit trail.
 */
@Service
public class Dossiers {

    static final String OBJECT = "dossier";
    private final DossierRepository repository;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Organisations organisations;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AddressMunicipality addressMunicipality;

    Dossiers(DossierRepository repository, Municipalities municipalities, CurrentUserProvider currentUser,
             AuditTrail audit, Clock clock, Organisations organisations,
             org.springframework.context.ApplicationEventPublisher events, AddressMunicipality addressMunicipality) {
        this.events = events;
        this.addressMunicipality = addressMunicipality;
        this.repository = repository;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Dossier register(RegistrationCommand c) {
        CurrentUser user = currentUser.require();
        if (!AccessPolicy.mayRegister(user.role())) {
            audit.recordDenied(new AuditRecord(AuditAction.DENIED, OBJECT, null, null, List.of(),
                    "registreren dossier", AccessPolicy.legalBasis(user.role()), "rol mag geen dossier registreren"));
            throw new AccessDeniedException("role may not register a case");
        }
        LocalDate today = LegalTime.localDate(clock.instant());
        Violations v = RegistrationRules.check(c, today);
        Municipality gemeente = addressMunicipality.resolve(c, v);
        if (gemeente != null && !withinOwnArea(user, gemeente)) {
            v.add("gemeenteCode", "dossier.gemeente.outsideArea");
        }
        v.throwIfAny();

        List<Persoon> personen = new ArrayList<>();
        for (PersoonInput p : c.personen()) {
            if (p != null && !p.isEmpty()) {
                String bsn = p.bsn() == null || p.bsn().isBlank() ? null : Bsn.normalise(p.bsn());
                personen.add(new Persoon(UUID.randomUUID(), p.rol(), p.voornamen().trim(), p.achternaam().trim(),
                        p.geboortedatum(), bsn, p.relatie()));
            }
        }
        var adres = new Adres(c.straat().trim(), c.huisnummer().trim(), RegistrationRules.normalisePostcode(c.postcode()),
                c.woonplaats().trim(), gemeente.code());
        var dossier = new Dossier(UUID.randomUUID(), 0, repository.nextNummer(today.getYear()), DossierStatus.GEMELD,
                c.entryRoute(), blankToNull(c.incidentNummer()), c.arrest(), adres, gemeente.policeUnit(),
                gemeente.vtRegion(), clock.instant(), user.userId(), user.organisationId(),
                Toetsingscriteria.unchecked(), personen);
        repository.insert(dossier);
        write(dossier, "registratie dossier", "entry route " + c.entryRoute()
                + (c.gemeenteReden() == null || c.gemeenteReden().isBlank() ? ""
                : "; gemeente gekozen bij onbekende postcode: " + c.gemeenteReden().trim()));
        return dossier;
    }

    /**
     * Opens a case for reading: authorised on need-to-know and recorded as a read of every person the user
     * sees in it ({@link CaseView}).
     */
    @Transactional
    public Dossier open(UUID id, String purpose) {
        return view(id, purpose).dossier();
    }

    /** Opens a case for showing it: as {@link #open}, with what this user may see of it. */
    @Transactional
    public CaseView view(UUID id, String purpose) {
        CaseView v = viewOf(authorise(id, purpose));
        audit.record(new AuditRecord(AuditAction.READ, OBJECT, id, id, v.personIds(), purpose,
                AccessPolicy.legalBasis(currentUser.require().role()), null));
        return v;
    }

    /** What the current user may see of a case (nothing when it is out of scope); checks, records nothing. */
    public CaseView viewOf(Dossier d) {
        CurrentUser user = currentUser.require();
        var assignment = assignment(d, user);
        var parts = java.util.EnumSet.noneOf(Onderdeel.class);
        if (AccessPolicy.inScope(user, d, assignment.isPresent())) {
            for (Onderdeel o : Onderdeel.values()) {
                if (AccessPolicy.sees(user, assignment.flatMap(p -> p).orElse(null), o)) {
                    parts.add(o);
                }
            }
        }
        return new CaseView(d, parts);
    }

    /**
     * Checks need-to-know without recording a read; modules that show their own part of the case (the RiHG,
     * the order) call this and audit their own read. A refusal is recorded here.
     */
    @Transactional
    public Dossier authorise(UUID id, String purpose) {
        return authorise(id, purpose, null);
    }

    /** As {@link #authorise(UUID, String)}, and the user's role must need this part of the case. */
    @Transactional
    public Dossier authorise(UUID id, String purpose, Onderdeel onderdeel) {
        CurrentUser user = currentUser.require();
        Dossier d = repository.find(id).orElseThrow(() -> new NotFoundException("dossier"));
        if (!allowed(user, d, onderdeel)) {
            audit.recordDenied(new AuditRecord(AuditAction.DENIED, OBJECT, d.id(), d.id(), List.of(), purpose,
                    AccessPolicy.legalBasis(user.role()), onderdeel == null ? "geen need-to-know"
                            : "geen need-to-know voor " + onderdeel));
            throw new AccessDeniedException("no need-to-know for dossier " + d.nummer());
        }
        return d;
    }

    /**
     * Whether an account may know of this part of the case now, by the same need-to-know as reading it
     * ({@code onderdeel} null: the case's core); checks, records nothing. For the events sent to partner systems.
     */
    @Transactional(readOnly = true)
    public boolean mayKnow(CurrentUser user, UUID id, Onderdeel onderdeel) {
        return repository.find(id).map(d -> allowed(user, d, onderdeel)).orElse(false);
    }

    private boolean allowed(CurrentUser user, Dossier d, Onderdeel onderdeel) {
        var assignment = assignment(d, user);
        return AccessPolicy.inScope(user, d, assignment.isPresent()) && (onderdeel == null
                || AccessPolicy.sees(user, assignment.flatMap(p -> p).orElse(null), onderdeel));
    }

    /** The parts of a case the current user sees (empty when the case is out of scope); checks, records nothing. */
    public java.util.Set<Onderdeel> zicht(UUID id) {
        return viewOf(repository.find(id).orElseThrow(() -> new NotFoundException("dossier"))).zicht();
    }

    /**
     * The user's organisation's assignment to the case: the partner kind it was invited as (empty = full
     * help file). The help organisation the municipality designated counts as assigned once an order exists.
     */
    private java.util.Optional<java.util.Optional<PartnerSoort>> assignment(Dossier d, CurrentUser user) {
        var assigned = repository.assignment(d.id(), user.organisationId(), user.userId());
        if (assigned.isEmpty() && user.role() == Role.ZORGPROFESSIONAL && AccessPolicy.ORDER_STATES.contains(d.status())
                && user.organisationName().equals(municipalities.policy(d.gemeenteCode()).helpOrganisation())) {
            return java.util.Optional.of(java.util.Optional.empty());
        }
        return assigned;
    }

    /** The legal basis recorded for the current user's access to case data. */
    public String legalBasisOfCurrentUser() {
        return AccessPolicy.legalBasis(currentUser.require().role());
    }

    /**
     * A page of the work list: the cases the current user may see, newest first, and with {@code search} only
     * those whose number, address (where the user may see it) or evicted person's name contains it. Every case
     * is reachable and findable, not only the newest few hundred. {@code page} as the reader asked it.
     */
    @Transactional
    public PageOf<DossierListItem> workList(String search, String page, int size) {
        DossierRepository.CaseList cases = caseList(search == null || search.isBlank() ? null : search.strip());
        PageOf<DossierListItem> shown = PageOf.read(page, size, (int) repository.count(cases),
                (offset, limit) -> repository.list(cases, DossierRepository.NEWEST_FIRST, offset, limit));
        recordListRead(shown.items().size());
        return shown;
    }

    /**
     * The page of the cases the current user may see that an API caller asked for, newest first unless it asked
     * another order: every case it may see is reachable, page by page.
     */
    @Transactional
    public List<DossierListItem> visibleCases(ListRequest page) {
        DossierRepository.CaseList cases = caseList(null);
        String orderBy = page.order().isEmpty() ? DossierRepository.NEWEST_FIRST
                : page.orderBy(DossierRepository.SORT_COLUMNS, "registered_at desc, id");
        List<DossierListItem> items = repository.list(cases, orderBy, page.offset(), page.pageSize());
        recordListRead(items.size());
        return page.answer(items, repository.count(cases));
    }

    /** The cases the current user may see (need-to-know, {@link AccessPolicy#listFilter}). */
    private DossierRepository.CaseList caseList(String search) {
        CurrentUser user = currentUser.require();
        var params = new ArrayList<Object>();
        List<String> designating = user.role() == Role.ZORGPROFESSIONAL
                ? municipalities.designating(user.organisationName()) : List.of();
        String where = AccessPolicy.listFilter(user, designating, params);
        return new DossierRepository.CaseList(where, params, user.organisationId(), search);
    }

    private void recordListRead(int shown) {
        audit.record(new AuditRecord(AuditAction.READ, "dossier-lijst", null, null, List.of(), "werkvoorraad",
                AccessPolicy.legalBasis(currentUser.require().role()), shown + " dossiers getoond"));
    }

    @Transactional
    public Dossier recordCriteria(UUID id, int expectedVersion, CriteriaCommand command) {
        CurrentUser user = currentUser.require();
        Dossier d = authorise(id, "toetsing criteria");
        requireRole(user, d, "toetsing criteria", Role.HOVJ, Role.POLITIE);
        checkVersion(d, expectedVersion);
        d.recordCriteria(command, user.userId(), clock);
        repository.update(d);
        write(d, "toetsing criteria", "criteria vastgelegd; alle criteria vervuld: " + d.criteria().allMet());
        return repository.find(id).orElseThrow();
    }

    /**
     * Gives an organisation (and optionally one of its professionals) access to a case (need-to-know); a
     * partner sees only the parts its kind needs. The coordinator's own professionals need no assignment.
     * The caller (the care module) checks that the user coordinates the case.
     */
    @Transactional
    public void assign(UUID id, UUID organisationId, UUID userId, PartnerSoort partner) {
        CurrentUser user = currentUser.require();
        Dossier d = authorise(id, "toewijzing");
        requireRole(user, d, "toewijzing", Role.VT_COORDINATOR, Role.ZORGPROFESSIONAL);
        repository.assign(d.id(), organisationId, userId, partner, user.userId(), clock.instant());
        write(d, "toewijzing", organisations.find(organisationId).map(o -> o.name()).orElse("onbekende organisatie")
                + " toegewezen" + (partner == null ? "" : " als partner " + partner));
    }

    /** Called by the risk module when the RiHG is final. */
    @Transactional
    public void markAssessed(UUID id) {
        Dossier d = repository.find(id).orElseThrow(() -> new NotFoundException("dossier"));
        d.markAssessed();
        repository.update(d);
    }

    /** Called by the decision module when the order is imposed or not imposed. */
    @Transactional
    public void markDecided(UUID id, boolean imposed) {
        Dossier d = repository.find(id).orElseThrow(() -> new NotFoundException("dossier"));
        d.markDecided(imposed);
        repository.update(d);
    }

    /**
     * The case without an access check, for work the system does on its own (the end of an order); never for
     * showing data to a user.
     */
    public Dossier unchecked(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("dossier"));
    }

    /**
     * The cases that involve this person (as evicted person or one staying behind), for linking incidents and
     * imports; work the system does, never shown to a user without the case's own authorisation.
     */
    public List<PersoonMatch> casesOfPerson(String bsn, String voornamen, String achternaam, java.time.LocalDate born) {
        return repository.byPerson(bsn, voornamen, achternaam, born);
    }

    /**
     * Earlier and later cases of the same people (evicted person, those staying behind) or the same address:
     * the risk assessment asks for an earlier order. Numbers, dates and states only; opening one is
     * authorised on its own.
     */
    public List<PersoonMatch> relatedCases(Dossier d) {
        var found = new java.util.LinkedHashMap<UUID, PersoonMatch>();
        for (Persoon p : d.personen()) {
            if (p.rol() == PersonRole.UITHUISGEPLAATSTE || p.rol() == PersonRole.ACHTERBLIJVER) {
                repository.byPerson(p.bsn(), p.voornamen(), p.achternaam(), p.geboortedatum())
                        .forEach(m -> found.putIfAbsent(m.dossierId(), m));
            }
        }
        repository.byAddress(d.adres().postcode(), d.adres().huisnummer()).forEach(m -> found.putIfAbsent(m.dossierId(), m));
        found.remove(d.id());
        return found.values().stream().sorted(java.util.Comparator.comparing(PersoonMatch::registeredOn)).toList();
    }

    /** The cases at this address (postcode as stored, see {@link nl.huisverbod.shared.Postcode}). */
    public List<PersoonMatch> casesAtAddress(String postcode, String huisnummer) {
        return repository.byAddress(postcode, huisnummer);
    }

    /** What a set of cases for figures may be limited to; each user only within the area the role serves. */
    public enum CohortScope { LAND, GEMEENTE, VT_REGIO, POLITIE_EENHEID }

    /**
     * The cases registered in a period, within the user's area: the researcher and the administrator
     * nationally (figures only, never case content), a municipality its own, Veilig Thuis its region, the
     * police their unit. No personal data leave: only dates, states and area codes.
     */
    @Transactional
    public List<CohortCase> cohort(java.time.LocalDate from, java.time.LocalDate until) {
        CurrentUser user = currentUser.require();
        String column = switch (user.role()) {
            case ONDERZOEKER, FUNCTIONEEL_BEHEERDER -> null;
            case GEMEENTE_JURIST, BURGEMEESTER -> "gemeente_code";
            case VT_COORDINATOR -> "vt_region";
            case HOVJ, POLITIE, OM_OFFICIER -> "police_unit";
            case ZORGPROFESSIONAL -> throw new AccessDeniedException("no figures for care providers");
        };
        List<CohortCase> cases = repository.cohort(from, until, column, user.scopeCode());
        audit.record(new AuditRecord(AuditAction.READ, "dossier-set", null, null, List.of(), "cijfers",
                AccessPolicy.legalBasis(user.role()), cases.size() + " dossiers (zonder persoonsgegevens)"));
        return cases;
    }

    /** For the retention job: cases without an order, registered before the moment, whose documents are kept. */
    public List<UUID> withoutOrderWithDocumentsBefore(Instant registeredBefore, int limit) {
        return repository.withoutOrderWithDocumentsBefore(registeredBefore, limit);
    }

    /** The organisations given access to the case (partners): they are told when the order changes. */
    public List<UUID> assignedOrganisations(UUID id) {
        return repository.assignedOrganisations(id);
    }

    /** Called by the decision module when the order is extended, withdrawn or has ended. */
    @Transactional
    public void markOrder(UUID id, DossierStatus state) {
        Dossier d = repository.find(id).orElseThrow(() -> new NotFoundException("dossier"));
        d.markOrder(state);
        repository.update(d);
    }

    /**
     * Closes the case; called by the follow-up module, which authorised the user and recorded the outcome.
     * Open deadlines of the case no longer apply.
     */
    @Transactional
    public void close(UUID id) {
        Dossier d = repository.find(id).orElseThrow(() -> new NotFoundException("dossier"));
        d.close();
        repository.update(d);
        events.publishEvent(new DossierGesloten(d.id(), clock.instant()));
    }

    /** Refuses (and audits) an action the user's role may not take on this case. */
    public void requireRole(CurrentUser user, Dossier d, String purpose, Role... roles) {
        requireRole(user, d, purpose, null, roles);
    }

    /**
     * The same, for a user who may see the case: the refusal names the rule ({@code ruleKey}, a message citing
     * the article, e.g. that only the mayor extends).
     */
    public void requireRole(CurrentUser user, Dossier d, String purpose, String ruleKey, Role... roles) {
        if (!user.has(roles)) {
            audit.recordDenied(new AuditRecord(AuditAction.DENIED, OBJECT, d.id(), d.id(), List.of(), purpose,
                    AccessPolicy.legalBasis(user.role()), "rol " + user.role() + " niet bevoegd"));
            throw new AccessDeniedException("role " + user.role() + " may not: " + purpose, ruleKey);
        }
    }

    private void write(Dossier d, String purpose, String details) {
        audit.record(new AuditRecord(AuditAction.WRITE, OBJECT, d.id(), d.id(), d.personIds(), purpose,
                AccessPolicy.legalBasis(currentUser.require().role()), details));
    }

    private static void checkVersion(Dossier d, int expectedVersion) {
        if (d.version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("stale dossier " + d.nummer());
        }
    }

    private static boolean withinOwnArea(CurrentUser user, Municipality m) {
        return switch (user.role()) {
            case HOVJ, POLITIE -> m.policeUnit().equals(user.scopeCode());
            case VT_COORDINATOR -> m.vtRegion().equals(user.scopeCode());
            case GEMEENTE_JURIST, BURGEMEESTER -> m.code().equals(user.scopeCode());
            default -> false;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
