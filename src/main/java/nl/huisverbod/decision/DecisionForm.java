package nl.huisverbod.decision;

import java.time.LocalDateTime;
import nl.huisverbod.shared.LegalTime;

/** The decision form; the moment of imposing is entered in Dutch local time. */
record DecisionForm(Besluit besluit, LocalDateTime opgelegdOp, Uitreiking uitreiking, String feiten,
                    String afwijkingsreden, RedenNietOpleggen redenNietOpleggen, String redenToelichting,
                    Integer version) {

    DecisionCommand toCommand() {
        return new DecisionCommand(besluit, opgelegdOp == null ? null : opgelegdOp.atZone(LegalTime.ZONE).toInstant(),
                uitreiking, feiten, afwijkingsreden, redenNietOpleggen, redenToelichting);
    }
}
