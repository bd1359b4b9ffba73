package nl.huisverbod.risk;

import java.time.Instant;
import java.util.UUID;

/** The rating of one signal and who gave it. */
public record SignalRating(String signalCode, Rating rating, UUID ratedBy, String ratedByName, Instant ratedAt) {
}
