package nl.huisverbod.risk;

import java.time.Instant;
import java.util.UUID;

/** One answered item, with the source of the fact and who answered it when. */
public record ItemAnswer(String itemCode, Answer answer, FactSource source, UUID answeredBy, String answeredByName,
                         Instant answeredAt) {
}
