package nl.huisverbod.decision;

import java.time.LocalDateTime;
import nl.huisverbod.shared.LegalTime;

/** The decision form; the moment of imposing is entered in Dutch local time. */
record DecisionForm(Besluit besluit, LocalDateTime opgelegdOp, Uitreiking uitreiking, String feiten,
                    String afwijkingsreden, RedenNietOpleggen redenNietOpleggen, String redenToelichting,
                    String redenLaterVastgelegd, Integer version, Boolean bevestigd, Boolean wijzigen) {

    /** Imposing is confirmed on a page that shows what will be decided; a proposal or a refusal is not. */
    boolean needsConfirmation() {
        return besluit == Besluit.OPLEGGEN && !Boolean.TRUE.equals(bevestigd);
    }

    DecisionCommand toCommand() {
        return new DecisionCommand(besluit, opgelegdOp == null ? null : opgelegdOp.atZone(LegalTime.ZONE).toInstant(),
                uitreiking, feiten, afwijkingsreden, redenNietOpleggen, redenToelichting, redenLaterVastgelegd);
    }
}
