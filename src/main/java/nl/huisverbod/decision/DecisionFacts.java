package nl.huisverbod.decision;

import java.time.LocalDate;
import nl.huisverbod.risk.RiskSummary;

/** What the rules of deciding need to know about the case. {@code risk} is null when no RiHG was started. */
record DecisionFacts(boolean criteriaChecked, boolean criteriaMet, RiskSummary risk, LocalDate uithuisgeplaatsteBorn,
                     int protectedPersons) {
}
