package nl.huisverbod.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.Bsn;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Postcode;
import nl.huisverbod.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New incidents reported by hand: the police, Veilig Thuis or youth protection tell the chain of a new
 * domestic-violence incident involving the household of a case. Each source records its own.
 */
@Service
public class Incidenten {

    private final IncidentRegister register;
    private final Dossiers dossiers;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    Incidenten(IncidentRegister register, Dossiers dossiers, Municipalities municipalities,
               CurrentUserProvider currentUser, AuditTrail audit, Clock clock) {
        this.register = register;
        this.dossiers = dossiers;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an incident involving people of this case. The persons are taken from the case, so the link
     * is certain; the incident is also linked to any other case of the same people or address.
     */
    @Transactional
    public IncidentRegister.Saved report(UUID dossierId, Incident.Bron bron, String nummer, LocalDate datum,
                                         Incident.Aard aard, List<UUID> persoonIds) {
        CurrentUser user = currentUser.require();
        Dossier d = dossiers.authorise(dossierId, "melding nieuw incident", Onderdeel.INCIDENTEN);
        var v = new Violations();
        v.require(bron != null, "bron", "validation.required");
        if (bron != null && !maySource(user.role(), bron)) {
            throw new AccessDeniedException(user.role() + " does not report incidents of source " + bron);
        }
        v.requireText(nummer, "nummer", 60);
        v.require(datum != null, "datum", "validation.required");
        v.require(datum == null || !datum.isAfter(LegalTime.localDate(clock.instant())), "datum", "validation.future");
        v.require(aard != null, "aard", "validation.required");
        v.require(persoonIds != null && !persoonIds.isEmpty() && persoonIds.stream().allMatch(id -> d.personen()
                .stream().anyMatch(p -> p.id().equals(id))), "persoonIds", "care.contact.unknownPerson");
        v.throwIfAny();
        List<Incident.Betrokkene> people = new ArrayList<>();
        d.personen().stream().filter(p -> persoonIds.contains(p.id())).forEach(p -> people.add(new Incident.Betrokkene(
                Incident.Rol.BETROKKENE, p.bsn(), p.voornamen(), p.achternaam(), p.geboortedatum())));
        var incident = new Incident(null, bron, nummer.trim(), datum, aard, d.adres().postcode(), d.adres().huisnummer(),
                d.gemeenteCode(), people);
        var saved = register.save(incident, d.policeUnit(), user.userId(), clock.instant());
        audit.record(new AuditRecord(AuditAction.WRITE, "incident", saved.id(), d.id(), persoonIds, "melding nieuw incident",
                dossiers.legalBasisOfCurrentUser(), bron + " " + aard + " " + datum));
        return saved;
    }

    /** Each source reports its own incidents; youth protection through its professionals on the case. */
    static boolean maySource(Role role, Incident.Bron bron) {
        return switch (bron) {
            case POLITIE -> role.isPolice();
            case VEILIG_THUIS -> role == Role.VT_COORDINATOR;
            case JEUGDBESCHERMING -> role == Role.VT_COORDINATOR || role == Role.ZORGPROFESSIONAL;
        };
    }

    /** Checks one person of an import line; the BSN when given must pass the elfproef. */
    static void checkPerson(Violations v, String field, String bsn, String achternaam, LocalDate born) {
        if (bsn != null && !Bsn.isValid(bsn)) {
            v.add(field + "_bsn", "dossier.bsn.invalid");
        }
        if (bsn == null && (achternaam == null || born == null)) {
            v.add(field, "incidents.person.unidentified");
        }
    }

    Municipality municipality(String code) {
        return municipalities.current(code).orElse(null);
    }

    static String postcode(String raw) {
        return raw == null || raw.isBlank() ? null : Postcode.normalise(raw);
    }
}
