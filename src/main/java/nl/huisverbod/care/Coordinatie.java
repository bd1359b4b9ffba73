package nl.huisverbod.care;

import java.time.Instant;
import java.util.UUID;

/** The organisation that coordinates the help, and when it accepted the file (help activated). */
public record Coordinatie(UUID organisationId, String organisatie, Instant acceptedAt, String acceptedByName) {
}
