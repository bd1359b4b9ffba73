package nl.huisverbod.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.CohortCase;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Repeat violence (domain.md §11) for one case, and for a set of cases as figures without personal data. */
@Service
public class Herhaling {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final IncidentRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    Herhaling(JdbcClient jdbc, Dossiers dossiers, IncidentRegister register, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    public record PerCasus(int maanden, Recidive.Bronnen bronnen, Recidive.CasusUitkomst uitkomst,
                           List<IncidentRegister.Gekoppeld> incidenten) {
    }

    /** The case's linked incidents (earlier and later) and its repeat violence in the window. */
    @Transactional
    public PerCasus forDossier(UUID dossierId, int maanden, Recidive.Bronnen bronnen) {
        checkWindow(maanden);
        Dossier d = dossiers.authorise(dossierId, "herhaald geweld", Onderdeel.INCIDENTEN);
        List<IncidentRegister.Gekoppeld> linked = register.ofDossier(dossierId);
        audit.record(new AuditRecord(AuditAction.READ, "incidenten", d.id(), d.id(), d.personIds(), "herhaald geweld",
                dossiers.legalBasisOfCurrentUser(), linked.size() + " incidenten"));
        var casus = new Recidive.Casus(LegalTime.localDate(d.registeredAt()), counting(linked));
        return new PerCasus(maanden, bronnen, Recidive.perCasus(casus, maanden, bronnen, today()), linked);
    }

    /** A set's figures: the cases registered in the period within the user's area, with or without an order. */
    @Transactional
    public Recidive.Uitkomst forSet(LocalDate van, LocalDate tot, Boolean metHuisverbod, int maanden,
                                    Recidive.Bronnen bronnen) {
        var v = new Violations();
        v.require(van != null, "van", "validation.required");
        v.require(tot != null, "tot", "validation.required");
        v.require(van == null || tot == null || !tot.isBefore(van), "tot", "incidents.periodReversed");
        v.require(Recidive.WINDOWS.contains(maanden), "maanden", "incidents.window");
        v.require(bronnen != null, "bronnen", "validation.required");
        v.throwIfAny();
        List<CohortCase> cohort = dossiers.cohort(van, tot).stream()
                .filter(c -> metHuisverbod == null || c.imposed() == metHuisverbod).toList();
        Map<UUID, List<Recidive.Nieuw>> incidents = incidentsOf(cohort.stream().map(CohortCase::id).toList());
        List<Recidive.Casus> cases = new ArrayList<>();
        for (CohortCase c : cohort) {
            cases.add(new Recidive.Casus(c.registeredOn(), incidents.getOrDefault(c.id(), List.of())));
        }
        return Recidive.bereken(cases, maanden, bronnen, today());
    }

    private Map<UUID, List<Recidive.Nieuw>> incidentsOf(List<UUID> dossierIds) {
        Map<UUID, List<Recidive.Nieuw>> result = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select k.dossier_id, i.datum, i.bron from incident_koppeling k join incident i on i.id = k.incident_id
                where k.dossier_id = any(?) and k.grond <> 'ADRES' and i.aard <> 'STALKING'""")
                .param(dossierIds.toArray(UUID[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("dossier_id", UUID.class), k -> new ArrayList<>())
                            .add(new Recidive.Nieuw(rs.getObject("datum", LocalDate.class),
                                    Incident.Bron.valueOf(rs.getString("bron"))));
                });
        return result;
    }

    private static List<Recidive.Nieuw> counting(List<IncidentRegister.Gekoppeld> linked) {
        return linked.stream().filter(IncidentRegister.Gekoppeld::telt)
                .map(g -> new Recidive.Nieuw(g.datum(), g.bron())).toList();
    }

    private static void checkWindow(int maanden) {
        if (!Recidive.WINDOWS.contains(maanden)) {
            throw InvalidInputException.of("maanden", "incidents.window");
        }
    }

    private LocalDate today() {
        return LegalTime.localDate(clock.instant());
    }
}
