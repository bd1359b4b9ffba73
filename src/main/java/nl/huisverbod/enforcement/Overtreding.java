package nl.huisverbod.enforcement;

import java.time.Instant;
import java.util.UUID;

/** A breach of the order (domain.md §8). {@code bron} is null when the viewer may not know the source. */
public record Overtreding(UUID id, int version, UUID dossierId, Instant occurredAt, Vorm vorm, Melder gemeldDoor,
                          boolean bronVertrouwelijk, String bron, String beschrijving, boolean procesVerbaal,
                          boolean aanhouding, OmBeslissing omBeslissing, Instant omBeslissingAt, Instant recordedAt) {

    /** How the order was breached. */
    public enum Vorm { SMS_INTERNET, TELEFOON, FYSIEK_CONTACT, AANWEZIG_BIJ_WONING, COMBINATIE }

    /** Who reported it. */
    public enum Melder { POLITIE, HULPVERLENER, ACHTERBLIJVER, RECLASSERING, ANDERS }

    /** The OM's decision on the breach. */
    public enum OmBeslissing { NOG_NIET, DAGVAARDING, STRAFBESCHIKKING, VOORWAARDELIJK_SEPOT, ONVOORWAARDELIJK_SEPOT }
}
