package nl.huisverbod.decision;

import java.time.Instant;
import java.util.UUID;

/**
 * One party heard by the municipal officer before the mayor decides on extension (Awb 4:8; domain.md §4
 * step 8). A party invited who did not come is recorded as such: the duty to hear was met.
 */
public record Hoorzitting(UUID id, UUID persoonId, String persoon, Instant moment, Wijze wijze, String samenvatting,
                          String door) {

    public enum Wijze { IN_PERSOON, TELEFONISCH, SCHRIFTELIJK, NIET_VERSCHENEN }
}
