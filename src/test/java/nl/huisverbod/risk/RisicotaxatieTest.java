package nl.huisverbod.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RisicotaxatieTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);
    private static final CurrentUser HOVJ = new CurrentUser(UUID.randomUUID(), "hovj", "HOvJ", Role.HOVJ,
            UUID.randomUUID(), OrganisationType.POLITIE, "Politie", "Noord-Nederland");

    /** A small instrument with the RiHG's shape: three parts, a few signals each, rule "two red in one part". */
    private static final InstrumentDefinition INSTRUMENT = new InstrumentDefinition(UUID.randomUUID(), "RiHG", "test", "",
            2, List.of(part("A", "A1", "A2"), part("B", "B1", "B2", "B3"), part("C", "C1", "C2")));

    private static InstrumentDefinition.Part part(String code, String... signals) {
        return new InstrumentDefinition.Part(code, code, "", java.util.Arrays.stream(signals)
                .map(s -> new InstrumentDefinition.Signal(s, s, "", List.of(new InstrumentDefinition.Item(s + ".1", "item"))))
                .toList());
    }

    /** Rated as given, each red signal with its fact (its item answered yes). */
    private static Risicotaxatie rated(Map<String, Rating> ratings) {
        Map<String, Answer> facts = new LinkedHashMap<>();
        ratings.forEach((signal, rating) -> facts.put(signal + ".1", rating == Rating.ROOD ? Answer.JA : Answer.NEE));
        return rated(ratings, facts);
    }

    private static Risicotaxatie rated(Map<String, Rating> ratings, Map<String, Answer> answers) {
        Risicotaxatie r = Risicotaxatie.start(UUID.randomUUID(), INSTRUMENT, HOVJ, CLOCK);
        r.saveDraft(new AssessmentInput(answers, Map.of(), ratings, false), INSTRUMENT, HOVJ, CLOCK);
        return r;
    }

    private static Map<String, Rating> allYellowExcept(Map<String, Rating> overrides) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        INSTRUMENT.signals().forEach(s -> ratings.put(s.code(), Rating.GEEL));
        ratings.putAll(overrides);
        return ratings;
    }

    @Test
    void an_order_is_indicated_when_one_part_has_two_red_signals() {
        Risicotaxatie r = rated(allYellowExcept(Map.of("B1", Rating.ROOD, "B3", Rating.ROOD)));
        r.finalise(INSTRUMENT, HOVJ, CLOCK);
        assertThat(r.indicated()).isTrue();
    }

    @Test
    void two_red_signals_in_different_parts_do_not_indicate_an_order() {
        Risicotaxatie r = rated(allYellowExcept(Map.of("A1", Rating.ROOD, "B1", Rating.ROOD, "C1", Rating.ROOD)));
        r.finalise(INSTRUMENT, HOVJ, CLOCK);
        assertThat(r.indicated()).isFalse();
    }

    @Test
    void an_assessment_is_final_only_when_every_signal_is_rated() {
        Risicotaxatie r = rated(Map.of("A1", Rating.ROOD));
        assertThatThrownBy(() -> r.finalise(INSTRUMENT, HOVJ, CLOCK)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ratings");
    }

    @Test
    void a_red_signal_needs_a_fact_answered_yes_before_the_assessment_is_final() {
        Map<String, Rating> ratings = allYellowExcept(Map.of("B1", Rating.ROOD, "B3", Rating.ROOD));
        Risicotaxatie r = rated(ratings, Map.of("B1.1", Answer.JA, "B3.1", Answer.ONBEKEND));
        assertThatThrownBy(() -> r.finalise(INSTRUMENT, HOVJ, CLOCK)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ratings[B3]").hasMessageNotContaining("ratings[B1]");
        assertThat(r.status()).isEqualTo(AssessmentStatus.CONCEPT);
        r.saveDraft(new AssessmentInput(Map.of("B3.1", Answer.JA), Map.of(), Map.of(), null), INSTRUMENT, HOVJ, CLOCK);
        r.finalise(INSTRUMENT, HOVJ, CLOCK);
        assertThat(r.indicated()).isTrue();
    }

    @Test
    void a_veilig_thuis_consultation_cannot_be_dated_in_the_future() {
        // Wth 2(3): it is recorded once it took place
        Risicotaxatie r = rated(allYellowExcept(Map.of()));
        assertThatThrownBy(() -> r.recordVtConsultation(new VtConsultation(CLOCK.instant().plusSeconds(3 * 86400),
                "Veilig Thuis Drenthe", null), CLOCK.instant())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("vtConsultedAt: risk.consultedInFuture");
        r.recordVtConsultation(new VtConsultation(CLOCK.instant().minusSeconds(600), "Veilig Thuis Drenthe", null),
                CLOCK.instant());
        assertThat(r.vtConsultation().with()).isEqualTo("Veilig Thuis Drenthe");
    }

    @Test
    void a_final_assessment_cannot_change_and_keeps_who_contributed() {
        Risicotaxatie r = rated(allYellowExcept(Map.of()));
        r.finalise(INSTRUMENT, HOVJ, CLOCK);
        assertThat(r.ratings().get("A1").ratedByName()).isEqualTo("HOvJ");
        assertThatThrownBy(() -> r.saveDraft(new AssessmentInput(Map.of(), Map.of(), Map.of("A1", Rating.ROOD), null),
                INSTRUMENT, HOVJ, CLOCK)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_unknown_item_or_signal_is_refused() {
        Risicotaxatie r = Risicotaxatie.start(UUID.randomUUID(), INSTRUMENT, HOVJ, CLOCK);
        assertThatThrownBy(() -> r.saveDraft(new AssessmentInput(Map.of("Z9.9", Answer.JA), Map.of(),
                Map.of("Z9", Rating.ROOD), null), INSTRUMENT, HOVJ, CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Z9.9").hasMessageContaining("Z9");
    }
}
