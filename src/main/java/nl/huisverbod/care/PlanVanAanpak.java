package nl.huisverbod.care;

import java.time.Instant;
import java.util.UUID;

/**
 * The plan of action for the whole household (domain.md §6): the first plan for the ten days and the final
 * plan around day 8. Its tasks are {@link Taak tasks} with source PLAN_VAN_AANPAK.
 */
public record PlanVanAanpak(UUID id, int version, Soort soort, String doelen, String afspraken, Instant vastgesteldOp,
                            String vastgesteldDoor) {

    public enum Soort { EERSTE, DEFINITIEF }
}
