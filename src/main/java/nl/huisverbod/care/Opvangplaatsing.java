package nl.huisverbod.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Shelter for the evicted person (domain.md §4 step 10, §9): where, a regional crisis bed or not, from–to. */
public record Opvangplaatsing(UUID id, int version, UUID persoonId, String voorziening, boolean crisisbed,
                              LocalDate van, LocalDate tot) {

    /** Nights stayed up to {@code today} (or up to the end date). */
    public long nachten(LocalDate today) {
        LocalDate until = tot == null || tot.isAfter(today) ? today : tot;
        return Math.max(0, ChronoUnit.DAYS.between(van, until));
    }
}
