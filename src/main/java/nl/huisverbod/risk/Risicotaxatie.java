package nl.huisverbod.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;

/**
 * A filled-in RiHG. Several people may contribute (e.g. the police parts A and B, the coordinator part C);
 * each answer and rating keeps who gave it. Once final it no longer changes and is kept, also when no order
 * follows (domain.md §5).
 */
public final class Risicotaxatie {

    private final UUID id;
    private final int version;
    private final UUID dossierId;
    private final UUID instrumentId;
    private AssessmentStatus status;
    private boolean kindermishandeling;
    private VtConsultation vtConsultation;
    private final Instant startedAt;
    private final UUID startedBy;
    private Instant finalisedAt;
    private UUID finalisedBy;
    private Boolean indicated;
    private final Map<String, ItemAnswer> answers;
    private final Map<String, SignalRating> ratings;

    Risicotaxatie(UUID id, int version, UUID dossierId, UUID instrumentId, AssessmentStatus status,
                  boolean kindermishandeling, VtConsultation vtConsultation, Instant startedAt, UUID startedBy,
                  Instant finalisedAt, UUID finalisedBy, Boolean indicated, Map<String, ItemAnswer> answers,
                  Map<String, SignalRating> ratings) {
        this.id = id;
        this.version = version;
        this.dossierId = dossierId;
        this.instrumentId = instrumentId;
        this.status = status;
        this.kindermishandeling = kindermishandeling;
        this.vtConsultation = vtConsultation;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.finalisedAt = finalisedAt;
        this.finalisedBy = finalisedBy;
        this.indicated = indicated;
        this.answers = new LinkedHashMap<>(answers);
        this.ratings = new LinkedHashMap<>(ratings);
    }

    static Risicotaxatie start(UUID dossierId, InstrumentDefinition instrument, CurrentUser by, Clock clock) {
        return new Risicotaxatie(UUID.randomUUID(), 0, dossierId, instrument.id(), AssessmentStatus.CONCEPT, false,
                null, clock.instant(), by.userId(), null, null, null, Map.of(), Map.of());
    }

    /** Saves a draft: unknown item or signal codes are refused, a final assessment cannot change. */
    void saveDraft(AssessmentInput input, InstrumentDefinition instrument, CurrentUser by, Clock clock) {
        var v = new Violations();
        v.require(status == AssessmentStatus.CONCEPT, "status", "risk.alreadyFinal");
        input.answers().keySet().forEach(code -> v.require(instrument.hasItem(code), "answers[" + code + "]",
                "risk.unknownItem", code));
        input.ratings().keySet().forEach(code -> v.require(instrument.signal(code).isPresent(),
                "ratings[" + code + "]", "risk.unknownSignal", code));
        v.throwIfAny();
        Instant now = clock.instant();
        input.answers().forEach((code, answer) -> {
            FactSource source = input.sources() == null ? null : input.sources().get(code);
            ItemAnswer old = answers.get(code);
            if (old == null || old.answer() != answer || old.source() != source) {
                answers.put(code, new ItemAnswer(code, answer, source, by.userId(), by.displayName(), now));
            }
        });
        input.ratings().forEach((code, rating) -> {
            SignalRating old = ratings.get(code);
            if (old == null || old.rating() != rating) {
                ratings.put(code, new SignalRating(code, rating, by.userId(), by.displayName(), now));
            }
        });
        if (input.kindermishandeling() != null) {
            kindermishandeling = input.kindermishandeling();
        }
    }

    /** Wth 2(3): the consultation happened, so it cannot lie in the future. */
    void recordVtConsultation(VtConsultation consultation, Instant now) {
        var v = new Violations();
        v.require(consultation.at() != null, "vtConsultedAt", "validation.required");
        v.require(consultation.at() == null || !consultation.at().isAfter(now.plus(LegalTime.CLOCK_TOLERANCE)),
                "vtConsultedAt", "risk.consultedInFuture");
        v.requireText(consultation.with(), "vtConsultedWith", 200);
        v.optionalText(consultation.notes(), "vtConsultationNotes", 4000);
        v.throwIfAny();
        this.vtConsultation = consultation;
    }

    /**
     * Makes the assessment final: every signal must be rated, and a red one needs at least one of its items
     * answered yes (the fact the beschikking will cite); the indication is fixed at this moment.
     */
    void finalise(InstrumentDefinition instrument, CurrentUser by, Clock clock) {
        var v = new Violations();
        v.require(status == AssessmentStatus.CONCEPT, "status", "risk.alreadyFinal");
        List<String> unrated = instrument.signals().stream().map(InstrumentDefinition.Signal::code)
                .filter(code -> !ratings.containsKey(code)).toList();
        v.require(unrated.isEmpty(), "ratings", "risk.unrated", String.join(", ", unrated));
        // Awb 3:46 and Besluit tijdelijk huisverbod art. 2: a red signal rests on a fact of the instrument
        for (InstrumentDefinition.Signal signal : instrument.signals()) {
            SignalRating rating = ratings.get(signal.code());
            if (rating != null && rating.rating() == Rating.ROOD && !signal.items().isEmpty()) {
                v.require(signal.items().stream().anyMatch(i -> answers.containsKey(i.code())
                                && answers.get(i.code()).answer() == Answer.JA),
                        "ratings[" + signal.code() + "]", "risk.redWithoutFact", signal.title());
            }
        }
        v.throwIfAny();
        status = AssessmentStatus.DEFINITIEF;
        finalisedAt = clock.instant();
        finalisedBy = by.userId();
        indicated = indication(instrument);
    }

    /** The rule of the instrument: an order is indicated in principle when one part has enough red signals. */
    public boolean indication(InstrumentDefinition instrument) {
        return instrument.parts().stream().anyMatch(part -> redCount(part) >= instrument.minimumRedInOnePart());
    }

    public long redCount(InstrumentDefinition.Part part) {
        return part.signals().stream().map(s -> ratings.get(s.code()))
                .filter(r -> r != null && r.rating() == Rating.ROOD).count();
    }

    public boolean isFinal() {
        return status == AssessmentStatus.DEFINITIEF;
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public UUID instrumentId() {
        return instrumentId;
    }

    public AssessmentStatus status() {
        return status;
    }

    public boolean kindermishandeling() {
        return kindermishandeling;
    }

    public VtConsultation vtConsultation() {
        return vtConsultation;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public UUID startedBy() {
        return startedBy;
    }

    public Instant finalisedAt() {
        return finalisedAt;
    }

    public UUID finalisedBy() {
        return finalisedBy;
    }

    public Boolean indicated() {
        return indicated;
    }

    public Map<String, ItemAnswer> answers() {
        return Map.copyOf(answers);
    }

    public Map<String, SignalRating> ratings() {
        return Map.copyOf(ratings);
    }
}
