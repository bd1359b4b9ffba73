package nl.huisverbod.care;

import java.time.Instant;

/**
 * The safety agreements as their own structured record, not buried in notes (domain.md §6): the time-out
 * procedure, the escalation ladder, who stays where, contact and visiting arrangements, how the children are
 * shielded, and the roles of the network.
 */
public record Veiligheidsplan(int version, String timeOut, String escalatieladder, String verblijf,
                              String contactregeling, String kinderen, String netwerk, Instant bijgewerktOp,
                              String bijgewerktDoor) {
}
