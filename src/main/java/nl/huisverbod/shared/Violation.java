package nl.huisverbod.shared;

import java.util.List;

/**
 * One invalid field or broken rule. {@code code} is a message key (Dutch and English texts live in the
 * message bundles), {@code args} fill its placeholders. The field name is the form/JSON field it concerns.
 */
public record Violation(String field, String code, List<Object> args) {

    public Violation {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args));
    }
}
