package nl.huisverbod.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a command is checked, then throws them all at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String code, Object... args) {
        found.add(Violation.of(field, code, args));
        return this;
    }

    public Violations require(boolean condition, String field, String code, Object... args) {
        if (!condition) {
            add(field, code, args);
        }
        return this;
    }

    public Violations requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        } else if (value.length() > maxLength) {
            add(field, "validation.tooLong", maxLength);
        }
        return this;
    }

    /**
     * The reason a rule asks for when something it expects is missing: blank is reported with {@code code}
     * (which names what to fill in), a reason too long as such. Returns the trimmed reason, or null.
     */
    public String requireReason(String value, String field, String code, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, code);
            return null;
        }
        optionalText(value, field, maxLength);
        return value.trim();
    }

    public Violations optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "validation.tooLong", maxLength);
        }
        return this;
    }

    /**
     * A moment a user entered: required, not in the future (beyond {@link LegalTime#CLOCK_TOLERANCE}), and
     * not before {@code notBefore} (when given), which is reported with {@code beforeCode} and its arguments.
     */
    public Violations requireMoment(String field, java.time.Instant moment, java.time.Instant now,
                                    java.time.Instant notBefore, String beforeCode, Object... beforeArgs) {
        if (moment == null) {
            add(field, "validation.required");
        } else if (moment.isAfter(now.plus(LegalTime.CLOCK_TOLERANCE))) {
            add(field, "validation.future");
        } else if (notBefore != null && moment.isBefore(notBefore.minus(LegalTime.CLOCK_TOLERANCE))) {
            add(field, beforeCode, beforeArgs);
        }
        return this;
    }

    /** The violations found so far, for reports that list them without failing (an import's rejected lines). */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
