package nl.huisverbod.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;

/** Moments typed in a form (an HTML datetime-local, Dutch local time) as instants. */
public final class FormTime {

    private FormTime() {
    }

    /** Null when empty; a violation on {@code field} when it is not a date and time. */
    public static Instant parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(LegalTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "validation.invalidFormat");
        }
    }
}
