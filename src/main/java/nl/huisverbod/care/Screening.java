package nl.huisverbod.care;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A screening form filled in for one person; final screenings can no longer change. */
public record Screening(UUID id, int version, UUID persoonId, String formulier, String formulierVersie,
                       Map<String, String> antwoorden, boolean definitief, Instant bijgewerktOp, String bijgewerktDoor) {
}
