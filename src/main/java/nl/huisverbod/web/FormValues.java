package nl.huisverbod.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.care.TaakInput;
import nl.huisverbod.platform.FormTime;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.Violations;

/**
 * The values a web form posted, read as the types the services take. A value that cannot be read (an
 * altered choice, a malformed date) is a violation on its field, so the form comes back with every error
 * and every value the user typed.
 */
final class FormValues {

    private final Map<String, String> values;
    private final Violations violations = new Violations();

    FormValues(Map<String, String> values) {
        this.values = new LinkedHashMap<>(values);
    }

    Map<String, String> asMap() {
        return values;
    }

    String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    Instant moment(String name) {
        try {
            return FormTime.parse(values.get(name), name);
        } catch (InvalidInputException e) {
            violations.add(name, "validation.invalidFormat");
            return null;
        }
    }

    LocalDate date(String name) {
        String v = text(name);
        try {
            return v == null ? null : LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            violations.add(name, "validation.invalidFormat");
            return null;
        }
    }

    /** "true"/"false" from radio buttons; a missing choice is null (the service says it is required). */
    Boolean bool(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            violations.add(name, "validation.invalidFormat");
            return null;
        }
        return Boolean.valueOf(v);
    }

    boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    <E extends Enum<E>> E choice(Class<E> type, String name) {
        String v = text(name);
        try {
            return v == null ? null : Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            violations.add(name, "validation.invalidFormat");
            return null;
        }
    }

    UUID uuid(String name) {
        String v = text(name);
        try {
            return v == null ? null : UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            violations.add(name, "validation.invalidFormat");
            return null;
        }
    }

    /** The task rows of a form ({@code taken[i].omschrijving} ...); rows left empty are skipped. */
    List<TaakInput> tasks(int rows) {
        List<TaakInput> tasks = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String p = "taken[" + i + "].";
            if (text(p + "omschrijving") == null && text(p + "eigenaarId") == null && text(p + "uiterlijk") == null) {
                continue;
            }
            tasks.add(new TaakInput(text(p + "omschrijving"), uuid(p + "eigenaarId"), date(p + "uiterlijk")));
        }
        return tasks;
    }

    /** Throws the violations of values that could not be read, before anything is saved. */
    void check() {
        violations.throwIfAny();
    }
}
