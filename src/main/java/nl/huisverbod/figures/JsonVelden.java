package nl.huisverbod.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * Reads the typed fields of one JSON object of an import line, reporting every missing, mistyped or unknown
 * field under its path (e.g. {@code huisverbod.opgelegdOp}, {@code trajecten[2].score}) instead of stopping
 * at the first.
 */
final class JsonVelden {

    private final JsonNode node;
    private final String pad;
    private final Violations v;

    JsonVelden(JsonNode node, String pad, Violations v, Set<String> bekend) {
        this.node = node;
        this.pad = pad;
        this.v = v;
        for (String naam : node.propertyNames()) {
            if (!bekend.contains(naam)) {
                v.add(veld(naam), "figures.import.unknownField");
            }
        }
    }

    String veld(String naam) {
        return pad.isEmpty() ? naam : pad + "." + naam;
    }

    boolean heeft(String naam) {
        return node.has(naam) && !node.get(naam).isNull();
    }

    String tekst(String naam, boolean verplicht, int max) {
        if (!heeft(naam)) {
            v.require(!verplicht, veld(naam), "validation.required");
            return null;
        }
        JsonNode n = node.get(naam);
        if (!n.isString()) {
            v.add(veld(naam), "figures.import.notText");
            return null;
        }
        String s = n.asString().trim();
        if (verplicht) {
            v.requireText(s, veld(naam), max);
        } else {
            v.optionalText(s, veld(naam), max);
        }
        return s.isEmpty() ? null : s;
    }

    Boolean jaNee(String naam) {
        if (!heeft(naam)) {
            return null;
        }
        if (!node.get(naam).isBoolean()) {
            v.add(veld(naam), "figures.import.notBoolean");
            return null;
        }
        return node.get(naam).asBoolean();
    }

    Integer getal(String naam, int min, int max) {
        if (!heeft(naam)) {
            return null;
        }
        JsonNode n = node.get(naam);
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            v.add(veld(naam), "figures.import.range", String.valueOf(min), String.valueOf(max));
            return null;
        }
        return n.asInt();
    }

    <E extends Enum<E>> E keuze(String naam, Class<E> type, boolean verplicht) {
        String s = tekst(naam, verplicht, 60);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            v.add(veld(naam), "figures.import.choice", CijferParameters.keuzes(type));
            return null;
        }
    }

    LocalDate datum(String naam, boolean verplicht) {
        String s = tekst(naam, verplicht, 40);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            v.add(veld(naam), "figures.import.date");
            return null;
        }
    }

    /** A moment as an ISO date-time with offset, or a date (taken as the start of that day in Dutch time). */
    Instant moment(String naam, boolean verplicht) {
        String s = tekst(naam, verplicht, 40);
        if (s == null) {
            return null;
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(LegalTime.ZONE).toInstant()
                    : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            v.add(veld(naam), "figures.import.moment");
            return null;
        }
    }

    JsonVelden object(String naam, Set<String> bekend) {
        if (!heeft(naam)) {
            return null;
        }
        if (!node.get(naam).isObject()) {
            v.add(veld(naam), "figures.import.notObject");
            return null;
        }
        return new JsonVelden(node.get(naam), veld(naam), v, bekend);
    }

    <E extends Enum<E>> List<E> lijstVanKeuzes(String naam, Class<E> type) {
        if (!heeft(naam)) {
            return List.of();
        }
        if (!node.get(naam).isArray()) {
            v.add(veld(naam), "figures.import.notList");
            return List.of();
        }
        List<E> result = new ArrayList<>();
        int i = 0;
        for (JsonNode e : node.get(naam)) {
            String p = veld(naam) + "[" + i++ + "]";
            try {
                result.add(Enum.valueOf(type, e.isString() ? e.asString() : ""));
            } catch (IllegalArgumentException ex) {
                v.add(p, "figures.import.choice", CijferParameters.keuzes(type));
            }
        }
        return result;
    }

    <T> List<T> lijst(String naam, Set<String> bekend, Function<JsonVelden, T> element) {
        if (!heeft(naam)) {
            return List.of();
        }
        if (!node.get(naam).isArray()) {
            v.add(veld(naam), "figures.import.notList");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        int i = 0;
        for (JsonNode e : node.get(naam)) {
            String p = veld(naam) + "[" + i++ + "]";
            if (!e.isObject()) {
                v.add(p, "figures.import.notObject");
                continue;
            }
            T t = element.apply(new JsonVelden(e, p, v, bekend));
            if (t != null) {
                result.add(t);
            }
        }
        return result;
    }
}
