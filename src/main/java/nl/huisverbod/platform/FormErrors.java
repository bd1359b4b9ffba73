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

    /** {@code summary}: the message with the field it is about, for the list at the top of the form. */
    public record Item(String field, String anchor, String message, String summary) {
    }

    /** Where the modules keep their field labels ({@code <prefix><field>}), the form's own first. */
    private static final List<String> LABEL_PREFIXES = List.of("dossier.field.", "decision.field.",
            "hv.extend.field.", "care.f.", "followup.f.", "incidents.f.", "subscription.field.", "zgw.field.");
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[(\\d+)]");

    public static FormErrors none() {
        return new FormErrors(List.of(), Map.of());
    }

    public static FormErrors of(List<Violation> violations, Messages messages) {
        List<Item> items = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (Violation v : violations) {
            String message = messages.of(v);
            items.add(new Item(v.field(), anchor(v.field()), message, summary(v.field(), message, messages)));
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

    /**
     * "Geboortedatum (persoon 3): Dit veld is verplicht." where the field has a label; the message alone where
     * it does not (the message then names what it is about itself).
     */
    static String summary(String field, String message, Messages messages) {
        if (field == null) {
            return message;
        }
        java.util.regex.Matcher index = INDEX.matcher(field);
        String position = index.find() ? String.valueOf(Integer.parseInt(index.group(1)) + 1) : null;
        String path = INDEX.matcher(field).replaceAll("");
        String last = path.substring(path.lastIndexOf('.') + 1);
        for (String name : new String[] {path, last}) {
            for (String prefix : LABEL_PREFIXES) {
                if (messages.has(prefix + name)) {
                    String label = messages.get(prefix + name).replaceAll("\\s*\\([^)]*\\)$", "").replaceAll("[?:]$", "");
                    return position == null ? messages.get("common.errorFor", label, message)
                            : messages.get("common.errorForItem", label, position, message);
                }
            }
        }
        return message;
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
