package nl.huisverbod.enforcement;

import java.time.Instant;

/** A breach as reported. */
public record OvertredingMelding(Instant occurredAt, Overtreding.Vorm vorm, Overtreding.Melder gemeldDoor,
                                 Boolean bronVertrouwelijk, String beschrijving, Boolean procesVerbaal,
                                 Boolean aanhouding) {
}
