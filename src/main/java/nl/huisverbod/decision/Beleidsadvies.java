package nl.huisverbod.decision;

import java.time.Instant;

/** The municipal officer's advice to the mayor on extension (domain.md §6). */
public record Beleidsadvies(boolean adviesVerlengen, String motivering, Instant uitgebrachtOp, String uitgebrachtDoor) {
}
