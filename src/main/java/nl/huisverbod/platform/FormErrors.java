package nl.huisverbod.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.shared.Violation;
import org.springframework.validation.BindingResult;

/**
 * Violations resolved for a form: a summary list (linked to the fields) and the message per field, as the
 * NL Design System error pattern shows them.
 */
public record FormErrors(List<Item> items, Map<String, String> byField) {

    public record Item(String field, String anchor, String message) {
    }

    public static FormErrors none() {
        return new FormErrors(List.of(), Map.of());
    }

    public static FormErrors of(List<Violation> violations, Messages messages) {
        List<Item> items = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (Violation v : violations) {
            String message = messages.of(v);
            items.add(new Item(v.field(), anchor(v.field()), message));
            byField.putIfAbsent(v.field(), message);
        }
        return new FormErrors(List.copyOf(items), byField);
    }

    /** Type conversion failures of the binder (e.g. a malformed date) as violations. */
    public static List<Violation> fromBinding(BindingResult binding) {
        List<Violation> violations = new ArrayList<>();
        binding.getFieldErrors().forEach(fe -> violations.add(Violation.of(fe.getField(), "validation.invalidFormat")));
        return violations;
    }

    public boolean any() {
        return !items.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** The HTML id of a field: dots and brackets are not allowed in a fragment link everywhere. */
    public static String anchor(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
