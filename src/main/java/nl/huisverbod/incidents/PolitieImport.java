package nl.huisverbod.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.Csv;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Postcode;
import nl.huisverbod.shared.Violation;
import nl.huisverbod.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the police's domestic-violence incidents (format: docs/import-politie-incidenten.md). Every line is
 * checked; good lines are stored and linked to the cases of the same people or address, bad lines are
 * reported with their line number and every reason, and nothing of a bad line is stored. The same mutation
 * number again updates the incident instead of adding it twice. A police unit imports its own area only.
 */
@Service
public class PolitieImport {

    public static final List<String> HEADER = List.of("mutatienummer", "datum", "aard", "postcode", "huisnummer",
            "gemeentecode", "verdachte_bsn", "verdachte_voornamen", "verdachte_achternaam", "verdachte_geboortedatum",
            "slachtoffer_bsn", "slachtoffer_voornamen", "slachtoffer_achternaam", "slachtoffer_geboortedatum");
    static final int MAX_LINES = 200_000;

    private final IncidentRegister register;
    private final Incidenten incidenten;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    PolitieImport(IncidentRegister register, Incidenten incidenten, CurrentUserProvider currentUser, AuditTrail audit,
                  Messages messages, Clock clock) {
        this.register = register;
        this.incidenten = incidenten;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A line refused, with every reason (in the user's language). */
    public record Afwijzing(int regel, List<String> redenen) {
    }

    public record Resultaat(int regels, int nieuw, int bijgewerkt, int gekoppeld, List<Afwijzing> afgewezen) {
    }

    @Transactional
    public Resultaat importeer(String csv) {
        CurrentUser user = currentUser.require();
        if (!user.role().isPolice() && user.role() != Role.FUNCTIONEEL_BEHEERDER) {
            throw new AccessDeniedException("only the police import police incidents");
        }
        String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\r?\n", -1);
        if (lines.length == 0 || !Csv.split(lines[0].trim()).equals(HEADER)) {
            throw nl.huisverbod.shared.InvalidInputException.of("bestand", "incidents.import.header",
                    String.join(",", HEADER));
        }
        if (lines.length > MAX_LINES + 1) {
            throw nl.huisverbod.shared.InvalidInputException.of("bestand", "incidents.import.tooLarge", MAX_LINES);
        }
        int regels = 0;
        int nieuw = 0;
        int bijgewerkt = 0;
        int gekoppeld = 0;
        List<Afwijzing> afgewezen = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            regels++;
            var v = new Violations();
            Incident incident = parse(Csv.split(lines[i]), v, user);
            List<Violation> problems = v.list();
            if (!problems.isEmpty()) {
                afgewezen.add(new Afwijzing(i + 1, problems.stream().map(p -> p.field() + ": " + messages.of(p)).toList()));
                continue;
            }
            Municipality m = incidenten.municipality(incident.gemeenteCode());
            var saved = register.save(incident, m.policeUnit(), user.userId(), clock.instant());
            if (saved.created()) {
                nieuw++;
            } else {
                bijgewerkt++;
            }
            if (saved.links() > 0) {
                gekoppeld++;
            }
        }
        audit.record(new AuditRecord(AuditAction.WRITE, "politie-incidenten", null, null, List.of(),
                "import politie-incidenten", "Wet politiegegevens art. 8; Wth art. 2",
                regels + " regels: " + nieuw + " nieuw, " + bijgewerkt + " bijgewerkt, " + afgewezen.size() + " afgewezen"));
        return new Resultaat(regels, nieuw, bijgewerkt, gekoppeld, afgewezen);
    }

    private Incident parse(List<String> cells, Violations v, CurrentUser user) {
        if (cells.size() != HEADER.size()) {
            v.add("regel", "incidents.import.columns", HEADER.size(), cells.size());
            return null;
        }
        String nummer = text(cells.get(0));
        v.requireText(nummer, "mutatienummer", 60);
        LocalDate datum = date(cells.get(1), "datum", v);
        v.require(datum == null || !datum.isAfter(LegalTime.localDate(clock.instant())), "datum", "validation.future");
        Incident.Aard aard = null;
        try {
            aard = text(cells.get(2)) == null ? null : Incident.Aard.valueOf(cells.get(2).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("aard", "validation.invalidFormat");
        }
        if (text(cells.get(2)) == null) {
            v.add("aard", "validation.required");
        }
        String postcode = text(cells.get(3));
        v.require(postcode == null || Postcode.isValid(postcode), "postcode", "dossier.postcode.invalid");
        String huisnummer = text(cells.get(4));
        v.require(postcode == null || huisnummer != null, "huisnummer", "validation.required");
        String gemeente = text(cells.get(5));
        Municipality m = gemeente == null ? null : incidenten.municipality(gemeente);
        if (m == null) {
            v.add("gemeentecode", gemeente == null ? "validation.required" : "dossier.gemeente.unknown");
        } else if (user.role().isPolice() && !m.policeUnit().equals(user.scopeCode())) {
            v.add("gemeentecode", "incidents.import.otherUnit", m.policeUnit());
        }
        List<Incident.Betrokkene> people = new ArrayList<>();
        person(cells, 6, "verdachte", Incident.Rol.VERDACHTE, v, people);
        person(cells, 10, "slachtoffer", Incident.Rol.SLACHTOFFER, v, people);
        v.require(!people.isEmpty(), "verdachte", "incidents.import.nobody");
        return new Incident(null, Incident.Bron.POLITIE, nummer == null ? null : nummer.trim(), datum, aard,
                postcode == null ? null : Postcode.normalise(postcode), huisnummer, gemeente, people);
    }

    private static void person(List<String> cells, int at, String field, Incident.Rol rol, Violations v,
                               List<Incident.Betrokkene> people) {
        String bsn = text(cells.get(at));
        String voornamen = text(cells.get(at + 1));
        String achternaam = text(cells.get(at + 2));
        LocalDate born = date(cells.get(at + 3), field + "_geboortedatum", v);
        if (bsn == null && voornamen == null && achternaam == null && text(cells.get(at + 3)) == null) {
            return;
        }
        Incidenten.checkPerson(v, field, bsn, achternaam, born);
        people.add(new Incident.Betrokkene(rol, bsn, voornamen, achternaam, born));
    }

    private static LocalDate date(String cell, String field, Violations v) {
        String t = text(cell);
        if (t == null) {
            if (field.equals("datum")) {
                v.add(field, "validation.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            v.add(field, "validation.invalidFormat");
            return null;
        }
    }

    private static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.trim();
    }
}
