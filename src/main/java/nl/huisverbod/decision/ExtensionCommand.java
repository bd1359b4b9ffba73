package nl.huisverbod.decision;

import java.time.Instant;

/**
 * The mayor's extension (Wth 9): the new end, why the danger continues, and, where the decision cannot rest
 * on them, why the evicted person was not heard (Awb 4:11) or why an advice is missing.
 */
public record ExtensionCommand(Instant eindigtOp, String redenen, String nietGehoordReden,
                               String zorgadviesOntbreektReden, String beleidsadviesOntbreektReden) {
}
