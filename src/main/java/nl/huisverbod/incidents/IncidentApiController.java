package nl.huisverbod.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Incidents, the police import, repeat violence and the missed-cases worklist over the API. */
@RestController
class IncidentApiController {

    private final Incidenten incidenten;
    private final PolitieImport politieImport;
    private final Herhaling herhaling;
    private final GemisteZaken gemisteZaken;

    IncidentApiController(Incidenten incidenten, PolitieImport politieImport, Herhaling herhaling,
                          GemisteZaken gemisteZaken) {
        this.incidenten = incidenten;
        this.politieImport = politieImport;
        this.herhaling = herhaling;
        this.gemisteZaken = gemisteZaken;
    }

    record MeldingRequest(Incident.Bron bron, String nummer, LocalDate datum, Incident.Aard aard, List<UUID> persoonIds) {
    }

    /** A CSV file as the body (docs/import-politie-incidenten.md); the answer lists every rejected line. */
    @PostMapping(path = "/api/v1/politie-incidenten", consumes = {"text/csv", "text/plain"})
    PolitieImport.Resultaat importCsv(@RequestBody String csv) {
        return politieImport.importeer(csv);
    }

    @PostMapping("/api/v1/dossiers/{id}/incidenten")
    @ResponseStatus(HttpStatus.CREATED)
    IncidentRegister.Saved report(@PathVariable UUID id, @RequestBody MeldingRequest r) {
        return incidenten.report(id, r.bron(), r.nummer(), r.datum(), r.aard(), r.persoonIds());
    }

    /** The case's linked incidents and its repeat violence (domain.md §11). */
    @GetMapping("/api/v1/dossiers/{id}/incidenten")
    Herhaling.PerCasus ofCase(@PathVariable UUID id, @RequestParam(defaultValue = "12") int maanden,
                              @RequestParam(defaultValue = "POLITIE") Recidive.Bronnen bronnen) {
        return herhaling.forDossier(id, maanden, bronnen);
    }

    /** Repeat violence of the cases registered in a period, within the user's area; figures only. */
    @GetMapping("/api/v1/herhaald-geweld")
    Recidive.Uitkomst ofSet(@RequestParam(required = false) LocalDate van, @RequestParam(required = false) LocalDate tot,
                            @RequestParam(required = false) Boolean metHuisverbod,
                            @RequestParam(defaultValue = "12") int maanden,
                            @RequestParam(defaultValue = "POLITIE") Recidive.Bronnen bronnen) {
        return herhaling.forSet(van, tot, metHuisverbod, maanden, bronnen);
    }

    @GetMapping("/api/v1/gemiste-zaken")
    List<GemisteZaken.Adres> missed() {
        return gemisteZaken.forMyUnit();
    }

    @GetMapping("/api/v1/gemiste-zaken/personen")
    List<GemisteZaken.Persoon> missedPersons() {
        return gemisteZaken.personsForMyUnit();
    }
}
