package nl.huisverbod.deadlines;

import java.time.Instant;
import java.util.UUID;

/**
 * A monitoring contact after the order was recorded (published by the follow-up module). It lives here, with
 * the deadlines it meets, so that the follow-up module can depend on deadlines and not the other way round.
 */
public record MonitoringContact(UUID dossierId, Instant at) {
}
