package nl.huisverbod.shared;

import java.util.List;

/**
 * Thrown before anything is saved when input or a legal rule is violated. Carries every violation found,
 * not just the first, so that a form or an API client can correct everything in one go.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.code()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(Violation.of(field, code, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
