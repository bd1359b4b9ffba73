package nl.huisverbod.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.PartnerSoort;
import nl.huisverbod.shared.ExpectedVersion;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The coordinated help of a case over the API: the team, contacts, screenings, shelter. */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
class CareApiController {

    private final Hulpteam team;
    private final Contacten contacten;
    private final Screenings screenings;
    private final Opvang opvang;

    CareApiController(Hulpteam team, Contacten contacten, Screenings screenings, Opvang opvang) {
        this.team = team;
        this.contacten = contacten;
        this.screenings = screenings;
        this.opvang = opvang;
    }

    record Overzicht(Coordinatie coordinatie, List<Hulpverlener> team) {
    }

    record TeamRequest(Functie functie, PartnerSoort partnerSoort, UUID organisationId, UUID userId) {
    }

    record ScreeningRequest(Integer version, Map<String, String> antwoorden, Boolean definitief) {
    }

    record OpvangRequest(UUID persoonId, String voorziening, Boolean crisisbed, LocalDate van, LocalDate tot) {
    }

    record EindeRequest(Integer version, LocalDate tot) {
    }

    @GetMapping("/hulpverlening")
    Overzicht overview(@PathVariable UUID id) {
        List<Hulpverlener> members = team.team(id);
        return new Overzicht(team.coordinatie(id).orElse(null), members);
    }

    /** The coordinator accepts the file: help is activated. */
    @PostMapping("/hulpverlening/aanvaarding")
    @ResponseStatus(HttpStatus.CREATED)
    Coordinatie accept(@PathVariable UUID id) {
        return team.accept(id);
    }

    @PostMapping("/hulpverlening/team")
    @ResponseStatus(HttpStatus.CREATED)
    Hulpverlener assign(@PathVariable UUID id, @RequestBody TeamRequest r) {
        return team.assign(id, r.functie(), r.partnerSoort(), r.organisationId(), r.userId());
    }

    /** Per person the first reached contact and the hours since the order (domain.md §9, §12 buckets). */
    @GetMapping("/eerste-contacten")
    List<Contacten.EersteContact> firstContacts(@PathVariable UUID id) {
        return contacten.eersteContacten(id);
    }

    @GetMapping("/contacten")
    List<Contact> contacts(@PathVariable UUID id) {
        return contacten.list(id);
    }

    @PostMapping("/contacten")
    @ResponseStatus(HttpStatus.CREATED)
    Contact contact(@PathVariable UUID id, @RequestBody ContactInput r) {
        return contacten.record(id, r);
    }

    @GetMapping("/screenings")
    List<Screening> screenings(@PathVariable UUID id) {
        return screenings.list(id);
    }

    @PutMapping("/screenings/{persoonId}/{formulier}")
    Screening screening(@PathVariable UUID id, @PathVariable UUID persoonId, @PathVariable String formulier,
                        @RequestBody ScreeningRequest r) {
        return screenings.save(id, persoonId, formulier, r.version(), r.antwoorden(), Boolean.TRUE.equals(r.definitief()));
    }

    @GetMapping("/opvang")
    List<Opvangplaatsing> shelter(@PathVariable UUID id) {
        return opvang.list(id);
    }

    @PostMapping("/opvang")
    @ResponseStatus(HttpStatus.CREATED)
    Opvangplaatsing place(@PathVariable UUID id, @RequestBody OpvangRequest r) {
        return opvang.place(id, r.persoonId(), r.voorziening(), r.crisisbed(), r.van(), r.tot());
    }

    @PostMapping("/opvang/{plaatsingId}/einde")
    Opvangplaatsing endShelter(@PathVariable UUID id, @PathVariable UUID plaatsingId, @RequestBody EindeRequest r) {
        return opvang.end(id, plaatsingId, ExpectedVersion.require(r.version()), r.tot());
    }
}
