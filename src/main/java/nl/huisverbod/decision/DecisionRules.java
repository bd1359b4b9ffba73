package nl.huisverbod.decision;

import java.time.Instant;
import java.time.LocalDate;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;

/** The law's conditions on deciding, checked all at once so every problem is reported together. */
final class DecisionRules {


    private DecisionRules() {
    }

    static Violations check(DecisionCommand c, DecisionFacts f, Instant now) {
        var v = new Violations();
        if (c.besluit() == null) {
            return v.add("besluit", "validation.required");
        }
        boolean riskFinal = f.risk() != null && f.risk().isFinal();
        if (c.besluit() == Besluit.OPLEGGEN) {
            checkImposing(c, f, now, v, riskFinal);
        } else {
            v.require(c.redenNietOpleggen() != null, "redenNietOpleggen", "validation.required");
            v.optionalText(c.redenToelichting(), "redenToelichting", 2000);
            if (c.redenNietOpleggen() == RedenNietOpleggen.ANDERS) {
                v.requireText(c.redenToelichting(), "redenToelichting", 2000);
            }
            boolean mayDecideEarly = c.redenNietOpleggen() != null
                    && c.redenNietOpleggen().allowedWithoutFinalAssessment();
            v.require(riskFinal || mayDecideEarly, "risicotaxatie", "decision.riskNotFinal");
            // Deviating from the RiHG's indication requires a recorded reason.
            if (riskFinal && f.risk().indicated()) {
                v.requireText(c.afwijkingsreden(), "afwijkingsreden", 2000);
            }
        }
        return v;
    }

    /**
     * Wth 2(7): only an order said orally can have been imposed before it is recorded (a written beschikking
     * does not exist before it is made), within {@link LegalTime#LATE_RECORDING_WINDOW} and with the reason.
     */
    private static void checkLateRecording(DecisionCommand c, Instant imposedAt, Instant now, Violations v) {
        if (!imposedAt.isBefore(now.minus(LegalTime.CLOCK_TOLERANCE))) {
            return;
        }
        v.require(c.uitreiking() == null || c.uitreiking() == Uitreiking.MONDELING, "uitreiking",
                "decision.lateRecording.onlyOral");
        v.require(!imposedAt.isBefore(now.minus(LegalTime.LATE_RECORDING_WINDOW)), "opgelegdOp",
                "decision.lateRecording.tooLate", LegalTime.LATE_RECORDING_WINDOW.toHours());
        v.requireReason(c.redenLaterVastgelegd(), "redenLaterVastgelegd", "decision.lateRecording.reason", 2000);
    }

    private static void checkImposing(DecisionCommand c, DecisionFacts f, Instant now, Violations v, boolean riskFinal) {
        v.require(f.criteriaChecked(), "criteria", "decision.criteriaNotChecked");
        v.require(!f.criteriaChecked() || f.criteriaMet(), "criteria", "decision.criteriaNotMet");
        v.require(riskFinal, "risicotaxatie", "decision.riskNotFinal");
        v.require(c.uitreiking() != null, "uitreiking", "validation.required");
        Instant imposedAt = c.opgelegdOp() == null ? now : c.opgelegdOp();
        v.require(!imposedAt.isAfter(now.plus(LegalTime.CLOCK_TOLERANCE)), "opgelegdOp", "decision.imposedInFuture");
        checkLateRecording(c, imposedAt, now, v);
        // Wth 2(2): only an adult can be ordered out, judged on the day the order is imposed.
        LocalDate day = LegalTime.localDate(imposedAt);
        v.require(!f.uithuisgeplaatsteBorn().plusYears(18).isAfter(day), "besluit", "decision.minor");
        // Wth 2(3): for (suspected) child abuse Veilig Thuis must be consulted before imposing, not after.
        if (riskFinal && f.risk().kindermishandeling()) {
            v.require(f.risk().vtConsulted(), "vtConsultatie", "decision.vtNotConsulted");
            v.require(!f.risk().vtConsulted() || !f.risk().vtConsultedAt().isAfter(imposedAt), "vtConsultatie",
                    "decision.vtConsultedAfterImposing");
        }
        // Wth 2(4): the facts and circumstances, and the names the contact ban protects.
        v.requireText(c.feiten(), "feiten", 8000);
        v.require(f.protectedPersons() > 0, "personen", "decision.noProtectedPersons");
        if (riskFinal && !f.risk().indicated()) {
            v.requireText(c.afwijkingsreden(), "afwijkingsreden", 2000);
        }
    }
}
