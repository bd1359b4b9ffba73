package nl.huisverbod.decision;

import java.time.Instant;

/**
 * A decision or a proposal. {@code opgelegdOp} is the moment of imposing (served or said orally); empty
 * means now. {@code afwijkingsreden} is required when the outcome deviates from the RiHG's indication.
 */
public record DecisionCommand(Besluit besluit, Instant opgelegdOp, Uitreiking uitreiking, String feiten,
                              String afwijkingsreden, RedenNietOpleggen redenNietOpleggen,
                              String redenToelichting) {
}
