package nl.huisverbod.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form that was posted after its session had expired: where it went, what was typed, when, and (as a keyed
 * hash, never the id itself) the person who was signed in in that browser. Kept in the new session until that
 * person signs in again and sends it or throws it away.
 */
public record KeptSubmission(String path, Map<String, List<String>> values, Instant keptAt, String personMark)
        implements Serializable {

    public KeptSubmission {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
