package nl.huisverbod.deadlines;

import java.time.Instant;

/**
 * An agreed deadline as a region or municipality set it (domain.md §7). Inactive means the region agreed no
 * fixed limit (e.g. Amstelveen/Aalsmeer), so the deadline is not started there.
 */
public record TermijnAfspraak(Scope scopeType, String scopeCode, DeadlineKind kind, boolean active, TermijnRegel regel,
                              int version, Instant updatedAt) {

    /** A municipality's agreement overrides its Veilig Thuis region's, which overrides the national default. */
    public enum Scope { REGIO, GEMEENTE }
}
