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

    public Violations optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "validation.tooLong", maxLength);
        }
        return this;
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
