package nl.huisverbod.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.huisverbod.risk.RiskSummary;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violation;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    private static final Instant NOW = LocalDateTime.parse("2026-11-24T03:00").atZone(LegalTime.ZONE).toInstant();
    private static final RiskSummary INDICATED = new RiskSummary(true, true, false, null, List.of("Bedreiging (rood)"));

    private static DecisionFacts facts(RiskSummary risk, LocalDate born) {
        return new DecisionFacts(true, true, risk, born, 2);
    }

    private static DecisionCommand impose(String feiten, String afwijking) {
        return new DecisionCommand(Besluit.OPLEGGEN, null, Uitreiking.IN_PERSOON, feiten, afwijking, null, null);
    }

    private static List<String> codes(DecisionCommand c, DecisionFacts f) {
        return DecisionRules.check(c, f, NOW).isEmpty() ? List.of() : violations(c, f).stream().map(Violation::code).toList();
    }

    private static List<Violation> violations(DecisionCommand c, DecisionFacts f) {
        try {
            DecisionRules.check(c, f, NOW).throwIfAny();
            return List.of();
        } catch (nl.huisverbod.shared.InvalidInputException e) {
            return e.violations();
        }
    }

    @Test
    void an_adult_can_be_ordered_out_when_the_rihg_is_final_and_the_facts_are_stated() {
        assertThat(codes(impose("Mishandeling partner", null), facts(INDICATED, LocalDate.of(1980, 1, 1)))).isEmpty();
    }

    @Test
    void a_minor_cannot_be_ordered_out() {
        // Wth 2(2): the eighteenth birthday is the day after imposing
        assertThat(codes(impose("feiten", null), facts(INDICATED, LocalDate.of(2008, 11, 25)))).contains("decision.minor");
    }

    @Test
    void a_person_who_turns_eighteen_on_the_day_of_imposing_is_an_adult() {
        assertThat(codes(impose("feiten", null), facts(INDICATED, LocalDate.of(2008, 11, 24)))).isEmpty();
    }

    @Test
    void an_order_on_the_ground_of_child_abuse_needs_veilig_thuis_to_have_been_consulted() {
        // Wth 2(3)
        var notConsulted = new RiskSummary(true, true, true, null, List.of());
        assertThat(codes(impose("feiten", null), facts(notConsulted, LocalDate.of(1980, 1, 1))))
                .contains("decision.vtNotConsulted");
        var consulted = new RiskSummary(true, true, true, NOW.minusSeconds(1800), List.of());
        assertThat(codes(impose("feiten", null), facts(consulted, LocalDate.of(1980, 1, 1)))).isEmpty();
    }

    @Test
    void a_veilig_thuis_consultation_recorded_after_the_moment_of_imposing_does_not_count() {
        // Wth 2(3): the consultation precedes imposing; two hours after it is no consultation for this decision
        var consultedLater = new RiskSummary(true, true, true, NOW.plusSeconds(7200), List.of());
        var atNow = new DecisionCommand(Besluit.OPLEGGEN, NOW, Uitreiking.IN_PERSOON, "feiten", null, null, null);
        assertThat(codes(atNow, facts(consultedLater, LocalDate.of(1980, 1, 1))))
                .contains("decision.vtConsultedAfterImposing");
        var imposedEarlier = new DecisionCommand(Besluit.OPLEGGEN, NOW.minusSeconds(3600), Uitreiking.MONDELING,
                "feiten", null, null, null, "Ter plaatse mondeling opgelegd.");
        var consultedBetween = new RiskSummary(true, true, true, NOW.minusSeconds(1800), List.of());
        assertThat(codes(imposedEarlier, facts(consultedBetween, LocalDate.of(1980, 1, 1))))
                .as("an oral order recorded later: the consultation after the oral order is too late")
                .contains("decision.vtConsultedAfterImposing");
    }

    @Test
    void an_order_states_the_facts_and_protects_at_least_one_person() {
        // Wth 2(4)
        var noOneProtected = new DecisionFacts(true, true, INDICATED, LocalDate.of(1980, 1, 1), 0);
        assertThat(codes(impose(" ", null), noOneProtected))
                .contains("validation.required", "decision.noProtectedPersons");
        assertThat(violations(impose(" ", null), noOneProtected)).extracting(Violation::field).contains("feiten");
    }

    @Test
    void imposing_against_the_rihg_indication_needs_a_reason() {
        var notIndicated = new RiskSummary(true, false, false, null, List.of());
        assertThat(violations(impose("feiten", null), facts(notIndicated, LocalDate.of(1980, 1, 1))))
                .extracting(Violation::field).contains("afwijkingsreden");
        assertThat(codes(impose("feiten", "Wapen in huis; slachtoffer doodsbang"), facts(notIndicated,
                LocalDate.of(1980, 1, 1)))).isEmpty();
    }

    @Test
    void not_imposing_against_the_rihg_indication_needs_a_reason_and_every_refusal_names_its_reason() {
        var refuse = new DecisionCommand(Besluit.NIET_OPLEGGEN, null, null, null, null, null, null);
        assertThat(violations(refuse, facts(INDICATED, LocalDate.of(1980, 1, 1)))).extracting(Violation::field)
                .contains("redenNietOpleggen", "afwijkingsreden");
    }

    @Test
    void no_order_without_a_final_risk_assessment_and_met_criteria() {
        var draft = new RiskSummary(false, false, false, null, List.of());
        var criteriaNotMet = new DecisionFacts(true, false, draft, LocalDate.of(1980, 1, 1), 1);
        assertThat(codes(impose("feiten", null), criteriaNotMet))
                .contains("decision.riskNotFinal", "decision.criteriaNotMet");
        var unchecked = new DecisionFacts(false, false, null, LocalDate.of(1980, 1, 1), 1);
        assertThat(codes(impose("feiten", null), unchecked)).contains("decision.criteriaNotChecked");
    }

    @Test
    void an_aborted_procedure_can_be_recorded_before_the_rihg_is_final() {
        var aborted = new DecisionCommand(Besluit.NIET_OPLEGGEN, null, null, null, null,
                RedenNietOpleggen.PROCEDURE_AFGEBROKEN, null);
        assertThat(codes(aborted, new DecisionFacts(false, false, null, LocalDate.of(1980, 1, 1), 1))).isEmpty();
    }

    @Test
    void the_moment_of_imposing_cannot_lie_in_the_future() {
        var later = new DecisionCommand(Besluit.OPLEGGEN, NOW.plusSeconds(3600), Uitreiking.IN_PERSOON, "feiten",
                null, null, null);
        assertThat(codes(later, facts(INDICATED, LocalDate.of(1980, 1, 1)))).contains("decision.imposedInFuture");
    }

    @Test
    void an_order_recorded_after_it_was_imposed_was_given_orally_within_a_day_and_says_why_it_is_recorded_later() {
        // Wth 2(7): a written beschikking handed over an hour ago cannot be made now; an oral order can
        var handedOverEarlier = new DecisionCommand(Besluit.OPLEGGEN, NOW.minusSeconds(3600), Uitreiking.IN_PERSOON,
                "feiten", null, null, null, "Vastgelegd op het bureau.");
        assertThat(codes(handedOverEarlier, facts(INDICATED, LocalDate.of(1980, 1, 1))))
                .containsExactly("decision.lateRecording.onlyOral");
        var oralWithoutReason = new DecisionCommand(Besluit.OPLEGGEN, NOW.minusSeconds(3600), Uitreiking.MONDELING,
                "feiten", null, null, null, " ");
        assertThat(violations(oralWithoutReason, facts(INDICATED, LocalDate.of(1980, 1, 1))))
                .extracting(Violation::field).containsExactly("redenLaterVastgelegd");
        var eightMonthsAgo = new DecisionCommand(Besluit.OPLEGGEN, NOW.minus(java.time.Duration.ofDays(240)),
                Uitreiking.MONDELING, "feiten", null, null, null, "Vergeten.");
        assertThat(codes(eightMonthsAgo, facts(INDICATED, LocalDate.of(1980, 1, 1))))
                .containsExactly("decision.lateRecording.tooLate");
        var fiveHoursAgoOrally = new DecisionCommand(Besluit.OPLEGGEN, NOW.minus(java.time.Duration.ofHours(5)),
                Uitreiking.MONDELING, "feiten", null, null, null, "Ter plaatse mondeling opgelegd; daarna vastgelegd.");
        assertThat(codes(fiveHoursAgoOrally, facts(INDICATED, LocalDate.of(1980, 1, 1)))).isEmpty();
        var withinClockTolerance = new DecisionCommand(Besluit.OPLEGGEN, NOW.minusSeconds(120), Uitreiking.IN_PERSOON,
                "feiten", null, null, null);
        assertThat(codes(withinClockTolerance, facts(INDICATED, LocalDate.of(1980, 1, 1)))).isEmpty();
    }
}
