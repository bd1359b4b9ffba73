package nl.huisverbod.decision;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One legal check: the points found in order, the outcome and remarks. */
public record JuridischeControle(UUID id, UUID huisverbodId, Instant checkedAt, String checkedByName,
                                 Uitkomst uitkomst, Set<ControlePunt> akkoord, String opmerkingen) {

    public enum Uitkomst { GOEDGEKEURD, GESIGNALEERD }
}
