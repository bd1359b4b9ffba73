package nl.huisverbod.care;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.shared.ExpectedVersion;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Care meetings, plans, tasks, the veiligheidsplan, the system conversation and the zorgadvies over the API. */
@RestController
class CarePlanningApiController {

    private static final String CASE = "/api/v1/dossiers/{id}";
    private final Zorgoverleggen overleggen;
    private final PlannenVanAanpak plannen;
    private final Taken taken;
    private final Veiligheidsplannen veiligheidsplannen;
    private final Systeemgesprekken systeemgesprekken;
    private final Zorgadviezen zorgadviezen;
    private final Formulieren formulieren;

    CarePlanningApiController(Zorgoverleggen overleggen, PlannenVanAanpak plannen, Taken taken,
                              Veiligheidsplannen veiligheidsplannen, Systeemgesprekken systeemgesprekken,
                              Zorgadviezen zorgadviezen, Formulieren formulieren) {
        this.overleggen = overleggen;
        this.plannen = plannen;
        this.taken = taken;
        this.veiligheidsplannen = veiligheidsplannen;
        this.systeemgesprekken = systeemgesprekken;
        this.zorgadviezen = zorgadviezen;
        this.formulieren = formulieren;
    }

    record PlanRequest(Instant geplandOp, String agenda) {
    }

    record VerslagRequest(Integer version, Instant gehoudenOp, String aanwezigen, String notulen, String besluiten,
                          List<TaakInput> taken) {
    }

    record PlanVanAanpakRequest(Integer version, String doelen, String afspraken, List<TaakInput> taken) {
    }

    record VersionRequest(Integer version) {
    }

    record SysteemgesprekRequest(Instant moment, String deelnemers, String verslag) {
    }

    record ZienswijzeRequest(Boolean adviesVerlengen, String toelichting) {
    }

    @GetMapping("/api/v1/formulieren")
    List<Formulier> forms() {
        return formulieren.all();
    }

    @GetMapping(CASE + "/zorgoverleggen")
    List<Zorgoverleg> meetings(@PathVariable UUID id) {
        return overleggen.list(id);
    }

    @PostMapping(CASE + "/zorgoverleggen")
    @ResponseStatus(HttpStatus.CREATED)
    Zorgoverleg plan(@PathVariable UUID id, @RequestBody PlanRequest r) {
        return overleggen.plan(id, r.geplandOp(), r.agenda());
    }

    @PutMapping(CASE + "/zorgoverleggen/{overlegId}/verslag")
    Zorgoverleg minutes(@PathVariable UUID id, @PathVariable UUID overlegId, @RequestBody VerslagRequest r) {
        return overleggen.recordMinutes(id, overlegId, ExpectedVersion.require(r.version()), r.gehoudenOp(),
                r.aanwezigen(), r.notulen(), r.besluiten(), r.taken());
    }

    @GetMapping(CASE + "/plannen-van-aanpak")
    List<PlanVanAanpak> plans(@PathVariable UUID id) {
        return plannen.list(id);
    }

    @PutMapping(CASE + "/plannen-van-aanpak/{soort}")
    PlanVanAanpak savePlan(@PathVariable UUID id, @PathVariable PlanVanAanpak.Soort soort,
                           @RequestBody PlanVanAanpakRequest r) {
        return plannen.save(id, soort, r.version(), r.doelen(), r.afspraken(), r.taken());
    }

    @GetMapping(CASE + "/taken")
    List<Taak> tasks(@PathVariable UUID id) {
        return taken.ofDossier(id);
    }

    @PostMapping(CASE + "/taken/{taakId}/gereed")
    Taak done(@PathVariable UUID id, @PathVariable UUID taakId, @RequestBody VersionRequest r) {
        return taken.complete(id, taakId, ExpectedVersion.require(r.version()));
    }

    /** The open tasks of the user's organisation over all cases. */
    @GetMapping("/api/v1/taken")
    List<Taak> myTasks() {
        return taken.mine();
    }

    @GetMapping(CASE + "/veiligheidsplan")
    Veiligheidsplan safetyPlan(@PathVariable UUID id) {
        return veiligheidsplannen.get(id).orElseThrow(() -> new nl.huisverbod.shared.NotFoundException("veiligheidsplan"));
    }

    @PutMapping(CASE + "/veiligheidsplan")
    Veiligheidsplan saveSafetyPlan(@PathVariable UUID id, @RequestBody VeiligheidsplanInput r) {
        return veiligheidsplannen.save(id, r);
    }

    @GetMapping(CASE + "/systeemgesprekken")
    List<Systeemgesprek> conversations(@PathVariable UUID id) {
        return systeemgesprekken.list(id);
    }

    @PostMapping(CASE + "/systeemgesprekken")
    @ResponseStatus(HttpStatus.CREATED)
    Systeemgesprek conversation(@PathVariable UUID id, @RequestBody SysteemgesprekRequest r) {
        return systeemgesprekken.record(id, r.moment(), r.deelnemers(), r.verslag());
    }

    @GetMapping(CASE + "/zorgadvies")
    Zorgadvies advice(@PathVariable UUID id) {
        return zorgadviezen.get(id).orElseThrow(() -> new nl.huisverbod.shared.NotFoundException("zorgadvies"));
    }

    @PostMapping(CASE + "/zorgadvies")
    @ResponseStatus(HttpStatus.CREATED)
    Zorgadvies issue(@PathVariable UUID id, @RequestBody ZorgadviesInput r) {
        return zorgadviezen.issue(id, r);
    }

    @PostMapping(CASE + "/zorgadvies/zienswijzen")
    @ResponseStatus(HttpStatus.CREATED)
    List<Zorgadvies.Zienswijze> view(@PathVariable UUID id, @RequestBody ZienswijzeRequest r) {
        zorgadviezen.addZienswijze(id, r.adviesVerlengen(), r.toelichting());
        return zorgadviezen.zienswijzen(id);
    }
}
