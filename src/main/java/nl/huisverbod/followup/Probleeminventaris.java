package nl.huisverbod.followup;

import java.util.Map;
import java.util.UUID;

/**
 * A person's problems per life domain (domain.md §9), at the start or at the end of the help, so that change
 * shows: 0 none, 1 mild, 2 moderate, 3 severe.
 */
public record Probleeminventaris(UUID persoonId, Moment moment, Map<Leefgebied, Integer> scores, int version) {

    public enum Moment { START, EIND }
}
