package nl.huisverbod.risk;

import java.time.Instant;
import java.util.List;

/**
 * What the decision needs from a final assessment: the indication, the child-abuse ground and its VT
 * consultation (Wth 2(3)), and the facts and circumstances as text for the beschikking (Wth 2(4)).
 */
public record RiskSummary(boolean isFinal, boolean indicated, boolean kindermishandeling, Instant vtConsultedAt,
                          List<String> facts) {

    public boolean vtConsulted() {
        return vtConsultedAt != null;
    }
}
