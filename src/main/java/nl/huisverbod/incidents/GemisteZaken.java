package nl.huisverbod.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.PersoonMatch;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The police knowledge centre's worklist of "missed cases" (domain.md §2): addresses with repeated police
 * domestic-violence incidents in the last year and no risk assessment there since the first of them.
 */
@Service
public class GemisteZaken {

    static final int MINIMUM = 2;
    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    GemisteZaken(JdbcClient jdbc, Dossiers dossiers, CurrentUserProvider currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public record Adres(String postcode, String huisnummer, String gemeenteCode, int incidenten, LocalDate eerste,
                        LocalDate laatste) {
    }

    /** A person in repeated incidents: shown by name and date of birth, the BSN masked. */
    public record Persoon(String naam, LocalDate geboortedatum, String bsnGemaskeerd, int incidenten, LocalDate eerste,
                          LocalDate laatste) {
    }

    /**
     * Persons (by BSN, or by name and date of birth) involved in repeated police incidents in the last year and
     * not in a case with a risk assessment since the first of them.
     */
    @Transactional
    public List<Persoon> personsForMyUnit() {
        CurrentUser user = currentUser.require();
        if (!user.role().isPolice()) {
            throw new AccessDeniedException("the missed-cases worklist is for the police");
        }
        LocalDate since = LegalTime.localDate(clock.instant()).minusYears(1);
        record Row(String bsn, String voornamen, String achternaam, LocalDate born, int n, LocalDate eerste, LocalDate laatste) {
        }
        List<Row> rows = jdbc.sql("""
                select p.bsn, min(p.voornamen) as voornamen, min(p.achternaam) as achternaam, p.geboortedatum,
                       count(distinct i.id) as n, min(i.datum) as eerste, max(i.datum) as laatste
                from incident_persoon p join incident i on i.id = p.incident_id
                where i.bron = 'POLITIE' and i.police_unit = ? and i.datum >= ?
                group by p.bsn, case when p.bsn is null then lower(p.achternaam) end,
                         case when p.bsn is null then lower(split_part(p.voornamen, ' ', 1)) end, p.geboortedatum
                having count(distinct i.id) >= ? order by count(distinct i.id) desc limit 500""")
                .params(user.scopeCode(), since, MINIMUM)
                .query((rs, n) -> new Row(rs.getString("bsn"), rs.getString("voornamen"), rs.getString("achternaam"),
                        rs.getObject("geboortedatum", LocalDate.class), rs.getInt("n"),
                        rs.getObject("eerste", LocalDate.class), rs.getObject("laatste", LocalDate.class)))
                .list();
        List<Persoon> missed = new ArrayList<>();
        for (Row r : rows) {
            boolean assessed = dossiers.casesOfPerson(r.bsn(), r.voornamen(), r.achternaam(), r.born()).stream()
                    .filter(PersoonMatch::assessed).anyMatch(m -> !m.registeredOn().isBefore(r.eerste()));
            if (!assessed) {
                String naam = ((r.voornamen() == null ? "" : r.voornamen() + " ") + (r.achternaam() == null ? "" : r.achternaam())).trim();
                missed.add(new Persoon(naam.isEmpty() ? "?" : naam, r.born(),
                        r.bsn() == null ? null : "******" + r.bsn().substring(6), r.n(), r.eerste(), r.laatste()));
            }
        }
        audit.record(new AuditRecord(AuditAction.READ, "gemiste-zaken", null, null, List.of(), "gemiste zaken (personen)",
                "Wet politiegegevens art. 8", missed.size() + " personen"));
        return missed;
    }

    @Transactional
    public List<Adres> forMyUnit() {
        CurrentUser user = currentUser.require();
        if (!user.role().isPolice()) {
            throw new AccessDeniedException("the missed-cases worklist is for the police");
        }
        LocalDate since = LegalTime.localDate(clock.instant()).minusYears(1);
        List<Adres> repeated = jdbc.sql("""
                select postcode, huisnummer, min(gemeente_code) as gemeente_code, count(*) as n, min(datum) as eerste,
                       max(datum) as laatste
                from incident where bron = 'POLITIE' and police_unit = ? and datum >= ? and postcode is not null
                group by postcode, huisnummer having count(*) >= ? order by count(*) desc, max(datum) desc limit 500""")
                .params(user.scopeCode(), since, MINIMUM)
                .query((rs, n) -> new Adres(rs.getString("postcode"), rs.getString("huisnummer"),
                        rs.getString("gemeente_code"), rs.getInt("n"), rs.getObject("eerste", LocalDate.class),
                        rs.getObject("laatste", LocalDate.class)))
                .list();
        List<Adres> missed = new ArrayList<>();
        for (Adres a : repeated) {
            boolean assessed = dossiers.casesAtAddress(a.postcode(), a.huisnummer()).stream()
                    .filter(PersoonMatch::assessed).anyMatch(m -> !m.registeredOn().isBefore(a.eerste()));
            if (!assessed) {
                missed.add(a);
            }
        }
        audit.record(new AuditRecord(AuditAction.READ, "gemiste-zaken", null, null, List.of(), "gemiste zaken",
                "Wet politiegegevens art. 8", missed.size() + " adressen"));
        return missed;
    }
}
