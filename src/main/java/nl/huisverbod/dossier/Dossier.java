package nl.huisverbod.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;

/**
 * The case file aggregate. State changes go through its methods, which check the process rules; there are
 * no public setters. {@code version} guards against concurrent edits.
 */
public final class Dossier {

    private final UUID id;
    private final int version;
    private final String nummer;
    private DossierStatus status;
    private final EntryRoute entryRoute;
    private final String incidentNummer;
    private final boolean arrest;
    private final Adres adres;
    private final String policeUnit;
    private final String vtRegion;
    private final Instant registeredAt;
    private final UUID registeredBy;
    private final UUID registeredByOrganisation;
    private Toetsingscriteria criteria;
    private final List<Persoon> personen;

    Dossier(UUID id, int version, String nummer, DossierStatus status, EntryRoute entryRoute, String incidentNummer,
            boolean arrest, Adres adres, String policeUnit, String vtRegion, Instant registeredAt, UUID registeredBy,
            UUID registeredByOrganisation, Toetsingscriteria criteria, List<Persoon> personen) {
        this.id = id;
        this.version = version;
        this.nummer = nummer;
        this.status = status;
        this.entryRoute = entryRoute;
        this.incidentNummer = incidentNummer;
        this.arrest = arrest;
        this.adres = adres;
        this.policeUnit = policeUnit;
        this.vtRegion = vtRegion;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.registeredByOrganisation = registeredByOrganisation;
        this.criteria = criteria;
        this.personen = List.copyOf(personen);
    }

    /** Records the three entry criteria; each needs an answer and its reasoning (domain.md §4 step 2). */
    void recordCriteria(CriteriaCommand c, UUID checkedBy, Clock clock) {
        var v = new Violations();
        if (status != DossierStatus.GEMELD && status != DossierStatus.CRITERIA_GETOETST) {
            v.add("status", "dossier.criteria.tooLate");
        }
        v.require(c.meerderjarig() != null, "meerderjarig", "validation.required");
        v.requireText(c.meerderjarigReden(), "meerderjarigReden", 2000);
        v.require(c.woonachtig() != null, "woonachtig", "validation.required");
        v.requireText(c.woonachtigReden(), "woonachtigReden", 2000);
        v.require(c.gevaar() != null, "gevaar", "validation.required");
        v.requireText(c.gevaarReden(), "gevaarReden", 2000);
        LocalDate today = LegalTime.localDate(clock.instant());
        if (Boolean.TRUE.equals(c.meerderjarig()) && !uithuisgeplaatste().isAdultOn(today)) {
            // Wth 2(2): the date of birth on file contradicts the answer.
            v.add("meerderjarig", "dossier.criteria.minorByBirthDate");
        }
        v.throwIfAny();
        criteria = new Toetsingscriteria(c.meerderjarig(), c.meerderjarigReden().trim(), c.woonachtig(),
                c.woonachtigReden().trim(), c.gevaar(), c.gevaarReden().trim(), clock.instant(), checkedBy);
        status = DossierStatus.CRITERIA_GETOETST;
    }

    void markAssessed() {
        if (status == DossierStatus.CRITERIA_GETOETST || status == DossierStatus.GEMELD) {
            status = DossierStatus.RIHG_VASTGESTELD;
        }
    }

    void markDecided(boolean imposed) {
        status = imposed ? DossierStatus.OPGELEGD : DossierStatus.NIET_OPGELEGD;
    }

    /** The order's later course: extended, withdrawn, ended, or ended by the court (domain.md §4). */
    void markOrder(DossierStatus state) {
        if (state != DossierStatus.VERLENGD && state != DossierStatus.INGETROKKEN && state != DossierStatus.BEEINDIGD
                && state != DossierStatus.VERNIETIGD) {
            throw new IllegalArgumentException("not a state of a running order: " + state);
        }
        status = state;
    }

    /** Closing (domain.md §4): after the order ended in any way, or when no order was imposed. */
    void close() {
        if (status != DossierStatus.BEEINDIGD && status != DossierStatus.INGETROKKEN && status != DossierStatus.VERNIETIGD
                && status != DossierStatus.NIET_OPGELEGD && status != DossierStatus.NAZORG) {
            throw new nl.huisverbod.shared.InvalidInputException(List.of(
                    nl.huisverbod.shared.Violation.of("status", "dossier.close.notYet")));
        }
        status = DossierStatus.GESLOTEN;
    }

    public Persoon uithuisgeplaatste() {
        return personen.stream().filter(p -> p.rol() == PersonRole.UITHUISGEPLAATSTE).findFirst().orElseThrow();
    }

    public List<Persoon> beschermdePersonen() {
        return personen.stream().filter(p -> p.rol().isProtected()).toList();
    }

    public boolean hasMinors(LocalDate on) {
        return personen.stream().anyMatch(p -> !p.isAdultOn(on));
    }

    public Optional<Persoon> persoon(UUID personId) {
        return personen.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    public List<UUID> personIds() {
        return personen.stream().map(Persoon::id).toList();
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String nummer() {
        return nummer;
    }

    public DossierStatus status() {
        return status;
    }

    public EntryRoute entryRoute() {
        return entryRoute;
    }

    public String incidentNummer() {
        return incidentNummer;
    }

    public boolean arrest() {
        return arrest;
    }

    public Adres adres() {
        return adres;
    }

    public String gemeenteCode() {
        return adres.gemeenteCode();
    }

    public String policeUnit() {
        return policeUnit;
    }

    public String vtRegion() {
        return vtRegion;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public UUID registeredBy() {
        return registeredBy;
    }

    public UUID registeredByOrganisation() {
        return registeredByOrganisation;
    }

    public Toetsingscriteria criteria() {
        return criteria;
    }

    public List<Persoon> personen() {
        return personen;
    }
}
