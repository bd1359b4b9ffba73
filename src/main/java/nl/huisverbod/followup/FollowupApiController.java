package nl.huisverbod.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The follow-up of a case over the API. */
@RestController
class FollowupApiController {

    private static final String CASE = "/api/v1/dossiers/{id}";
    private final Programmas programmas;
    private final Verwijzingen verwijzingen;
    private final Probleeminventarissen inventarissen;
    private final Tijdregistratie tijd;
    private final Monitoring monitoring;
    private final Afsluiting afsluiting;

    FollowupApiController(Programmas programmas, Verwijzingen verwijzingen, Probleeminventarissen inventarissen,
                          Tijdregistratie tijd, Monitoring monitoring, Afsluiting afsluiting) {
        this.programmas = programmas;
        this.verwijzingen = verwijzingen;
        this.inventarissen = inventarissen;
        this.tijd = tijd;
        this.monitoring = monitoring;
        this.afsluiting = afsluiting;
    }

    record VerwijzingView(Verwijzing verwijzing, boolean geslaagd, Boolean voldoende, Long wachttijdDagen) {
        static VerwijzingView of(Verwijzing v) {
            return new VerwijzingView(v, v.geslaagd(), v.voldoende(), v.wachttijdDagen());
        }
    }

    record InventarisRequest(Integer version, Map<Leefgebied, Integer> scores) {
    }

    record TijdRequest(LocalDate datum, Tijdregistratie.Soort soort, Integer minuten, Integer reistijd) {
    }

    record MonitoringRequest(Instant moment, Boolean bereikt, Monitoring.Situatie situatie, Boolean nieuwGeweld,
                             String notitie) {
    }

    record RapportRequest(String tekst) {
    }

    @GetMapping("/api/v1/hulpprogrammas")
    List<Programma> catalogue() {
        return programmas.all();
    }

    @GetMapping(CASE + "/verwijzingen")
    List<VerwijzingView> referrals(@PathVariable UUID id) {
        return verwijzingen.list(id).stream().map(VerwijzingView::of).toList();
    }

    @PostMapping(CASE + "/verwijzingen")
    @ResponseStatus(HttpStatus.CREATED)
    VerwijzingView offer(@PathVariable UUID id, @RequestBody VerwijzingInput r) {
        return VerwijzingView.of(verwijzingen.save(id, null, r));
    }

    @PutMapping(CASE + "/verwijzingen/{verwijzingId}")
    VerwijzingView update(@PathVariable UUID id, @PathVariable UUID verwijzingId, @RequestBody VerwijzingInput r) {
        return VerwijzingView.of(verwijzingen.save(id, verwijzingId, r));
    }

    @GetMapping(CASE + "/probleeminventaris")
    List<Probleeminventaris> inventories(@PathVariable UUID id) {
        return inventarissen.list(id);
    }

    @PutMapping(CASE + "/probleeminventaris/{persoonId}/{moment}")
    Probleeminventaris inventory(@PathVariable UUID id, @PathVariable UUID persoonId,
                                 @PathVariable Probleeminventaris.Moment moment, @RequestBody InventarisRequest r) {
        return inventarissen.save(id, persoonId, moment, r.version(), r.scores());
    }

    @GetMapping(CASE + "/tijdregistratie")
    List<Tijdregistratie.Totaal> time(@PathVariable UUID id) {
        return tijd.totals(id);
    }

    @PostMapping(CASE + "/tijdregistratie")
    @ResponseStatus(HttpStatus.CREATED)
    List<Tijdregistratie.Totaal> recordTime(@PathVariable UUID id, @RequestBody TijdRequest r) {
        tijd.record(id, r.datum(), r.soort(), r.minuten(), r.reistijd());
        return tijd.totals(id);
    }

    @GetMapping(CASE + "/monitoring")
    List<Monitoring.Contactmoment> monitoringContacts(@PathVariable UUID id) {
        return monitoring.list(id);
    }

    @PostMapping(CASE + "/monitoring")
    @ResponseStatus(HttpStatus.CREATED)
    Monitoring.Contactmoment monitoringContact(@PathVariable UUID id, @RequestBody MonitoringRequest r) {
        return monitoring.contact(id, r.moment(), r.bereikt(), r.situatie(), r.nieuwGeweld(), r.notitie());
    }

    @PostMapping(CASE + "/monitoringrapport")
    @ResponseStatus(HttpStatus.CREATED)
    Monitoring.Rapport report(@PathVariable UUID id, @RequestBody RapportRequest r) {
        return monitoring.report(id, r.tekst());
    }

    @GetMapping(CASE + "/uitkomst")
    Uitkomstcodering outcome(@PathVariable UUID id) {
        return afsluiting.outcome(id).orElseThrow(() -> new NotFoundException("uitkomst"));
    }

    /** Closes the case with its outcome coding (domain.md §10). */
    @PostMapping(CASE + "/afsluiting")
    @ResponseStatus(HttpStatus.CREATED)
    Uitkomstcodering close(@PathVariable UUID id, @RequestBody Uitkomstcodering r) {
        return afsluiting.close(id, r);
    }
}
