package nl.huisverbod.decision;

import java.time.Instant;

/**
 * A decision or a proposal. {@code opgelegdOp} is the moment of imposing (served or said orally); empty
 * means now. An order said orally and recorded later carries {@code redenLaterVastgelegd}.
 * {@code afwijkingsreden} is required when the outcome deviates from the RiHG's indication.
 */
public record DecisionCommand(Besluit besluit, Instant opgelegdOp, Uitreiking uitreiking, String feiten,
                              String afwijkingsreden, RedenNietOpleggen redenNietOpleggen,
                              String redenToelichting, String redenLaterVastgelegd) {

    /** A decision taken and recorded at once, as most are. */
    public DecisionCommand(Besluit besluit, Instant opgelegdOp, Uitreiking uitreiking, String feiten,
                           String afwijkingsreden, RedenNietOpleggen redenNietOpleggen, String redenToelichting) {
        this(besluit, opgelegdOp, uitreiking, feiten, afwijkingsreden, redenNietOpleggen, redenToelichting, null);
    }
}
