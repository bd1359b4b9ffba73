package nl.huisverbod.figures;

import java.util.List;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.Violation;

/** A rejected line of an import: its number in the file and every reason, as {@code field: message}. */
public record Afwijzing(int regel, List<String> redenen) {

    static Afwijzing van(int regel, List<Violation> violations, Messages messages) {
        return new Afwijzing(regel, violations.stream().map(p -> p.field() + ": " + messages.of(p)).toList());
    }
}
