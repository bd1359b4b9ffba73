package nl.huisverbod.decision;

import java.time.Instant;
import java.util.UUID;

/** Something the law sets a time for was recorded on an imposed order (Wth 2(6), 2(7), 4, 5). */
public record HuisverbodFeitVastgelegd(UUID huisverbodId, UUID dossierId, String dossierNummer, String gemeenteCode,
                                       Feit feit, Instant at) {

    public enum Feit {
        /** The written beschikking was served in person or deposited (Wth 2(7)). */
        UITGEREIKT,
        /** The evicted person's reachability is known (Wth 2(6)). */
        BEREIKBAARHEID,
        /** Keys handed in against a receipt (Wth 4). */
        SLEUTELS,
        /** The evicted person asked for a lawyer (Wth 5(1)). */
        ADVOCAAT_GEVRAAGD,
        /** A lawyer was arranged (Wth 5(1)). */
        ADVOCAAT_GEREGELD
    }
}
