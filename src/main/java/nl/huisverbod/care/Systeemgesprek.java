package nl.huisverbod.care;

import java.time.Instant;
import java.util.UUID;

/** The system conversation: both parties together with the professionals, around day 6–8 (domain.md §4). */
public record Systeemgesprek(UUID id, Instant moment, String deelnemers, String verslag, String door) {
}
