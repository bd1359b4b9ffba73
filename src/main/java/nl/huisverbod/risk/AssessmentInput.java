package nl.huisverbod.risk;

import java.util.Map;

/**
 * A draft save: answers by item code, the source per item, ratings by signal code. Items and signals not
 * in the maps keep their earlier value and contributor.
 */
public record AssessmentInput(Map<String, Answer> answers, Map<String, FactSource> sources,
                              Map<String, Rating> ratings, Boolean kindermishandeling) {
}
