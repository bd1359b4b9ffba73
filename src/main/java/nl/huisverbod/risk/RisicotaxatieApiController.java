package nl.huisverbod.risk;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.huisverbod.shared.ExpectedVersion;
import nl.huisverbod.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The RiHG through the API: the instrument definition, drafts, the VT consultation and finalising. */
@RestController
class RisicotaxatieApiController {

    record DraftRequest(Integer version, Map<String, Answer> antwoorden, Map<String, FactSource> bronnen,
                        Map<String, Rating> beoordelingen, Boolean kindermishandeling) {
    }

    record VersionRequest(Integer version) {
    }

    record ConsultationRequest(Integer version, Instant geraadpleegdOp, String geraadpleegd, String verslag) {
    }

    record RisicotaxatieResponse(UUID id, int version, UUID dossierId, String instrument, String instrumentVersie,
                                 AssessmentStatus status, boolean kindermishandeling, VtConsultation raadplegingVeiligThuis,
                                 Boolean indicatie, boolean indicatieHuidigeInvulling, Map<String, ItemAnswer> antwoorden,
                                 Map<String, SignalRating> beoordelingen, Instant vastgesteldOp) {
    }

    private final Risicotaxaties risicotaxaties;
    private final InstrumentCatalogue catalogue;

    RisicotaxatieApiController(Risicotaxaties risicotaxaties, InstrumentCatalogue catalogue) {
        this.risicotaxaties = risicotaxaties;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/instrumenten/rihg")
    InstrumentDefinition instrument() {
        return catalogue.current(Risicotaxaties.INSTRUMENT);
    }

    @GetMapping("/api/v1/dossiers/{id}/risicotaxatie")
    RisicotaxatieResponse get(@PathVariable UUID id) {
        return response(risicotaxaties.forDossier(id).orElseThrow(() -> new NotFoundException("risicotaxatie")));
    }

    @PutMapping("/api/v1/dossiers/{id}/risicotaxatie")
    RisicotaxatieResponse draft(@PathVariable UUID id, @RequestBody DraftRequest r) {
        return response(risicotaxaties.saveDraft(id, r.version(), new AssessmentInput(
                r.antwoorden() == null ? Map.of() : r.antwoorden(), r.bronnen() == null ? Map.of() : r.bronnen(),
                r.beoordelingen() == null ? Map.of() : r.beoordelingen(), r.kindermishandeling())));
    }

    @PostMapping("/api/v1/dossiers/{id}/risicotaxatie/raadpleging-veilig-thuis")
    RisicotaxatieResponse consult(@PathVariable UUID id, @RequestBody ConsultationRequest r) {
        return response(risicotaxaties.recordVtConsultation(id, ExpectedVersion.require(r.version()),
                new VtConsultation(r.geraadpleegdOp(), r.geraadpleegd(), r.verslag())));
    }

    @PostMapping("/api/v1/dossiers/{id}/risicotaxatie/vaststelling")
    RisicotaxatieResponse finalise(@PathVariable UUID id, @RequestBody VersionRequest r) {
        return response(risicotaxaties.finalise(id, ExpectedVersion.require(r.version())));
    }

    private RisicotaxatieResponse response(Risicotaxatie r) {
        InstrumentDefinition instrument = risicotaxaties.instrumentOf(r);
        return new RisicotaxatieResponse(r.id(), r.version(), r.dossierId(), instrument.code(), instrument.version(),
                r.status(), r.kindermishandeling(), r.vtConsultation(), r.indicated(), r.indication(instrument),
                r.answers().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                r.ratings(), r.finalisedAt());
    }
}
