package nl.huisverbod.risk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A versioned instrument: parts, signals and items with their help texts, and the indication rule "at
 * least {@code minimumRedInOnePart} red signals in one part". Data, not code: a revised RiHG is loaded
 * as a new version without a release, and every assessment keeps the version it was made with.
 */
public record InstrumentDefinition(UUID id, String code, String version, String source, int minimumRedInOnePart,
                                   List<Part> parts) {

    public record Part(String code, String title, String legalBasis, List<Signal> signals) {
    }

    public record Signal(String code, String title, String help, List<Item> items) {
    }

    public record Item(String code, String text) {
    }

    public List<Signal> signals() {
        return parts.stream().flatMap(p -> p.signals().stream()).toList();
    }

    public Optional<Signal> signal(String code) {
        return signals().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public boolean hasItem(String code) {
        return signals().stream().flatMap(s -> s.items().stream()).anyMatch(i -> i.code().equals(code));
    }

    public int itemCount() {
        return (int) signals().stream().mapToLong(s -> s.items().size()).sum();
    }
}
