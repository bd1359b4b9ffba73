package nl.huisverbod.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * People read labels, not codes: no page shows one of the application's enum constants (OPGELEGD,
 * POLITIE_INCIDENT, VOLLEDIG ...), a UUID, or a bare true/false as text. The constants are read from the
 * compiled application itself, so a new enum is checked without this list changing.
 */
final class RawCodes {

    private static final Pattern UUID = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern BOOLEAN = Pattern.compile("(?<![\\w-])(true|false|null)(?![\\w-])");
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9_]{2,}(?![\\w-])");
    /** Constants that are also how people write the word: abbreviations and file formats. */
    private static final Set<String> WORDS = Set.of("PDF", "CSV", "XLSX", "JSON", "API", "BSN", "BRP", "AVG", "OM",
            "VT", "GGD", "AMW", "WMO", "ZSM", "OTP", "SMS", "URL", "BAG", "CBS", "HTTP", "ODS", "XML", "TOTP", "PNG", "JPEG", "GGZ");
    private static final Set<String> CONSTANTS = constants();

    private RawCodes() {
    }

    static void assertNoneOn(Page page, String name) {
        String text = page.locator("body").innerText();
        List<String> found = new java.util.ArrayList<>();
        Matcher m = UUID.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        m = BOOLEAN.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        m = CAPITALS.matcher(text);
        while (m.find()) {
            if (CONSTANTS.contains(m.group()) || m.group().contains("_")) {
                found.add(m.group());
            }
        }
        assertThat(found).as("raw codes or ids shown as text on %s", name).isEmpty();
    }

    private static Set<String> constants() {
        Path classes = Path.of("target", "classes");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String className = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(className, false, RawCodes.class.getClassLoader());
                    if (c.isEnum()) {
                        Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                                .filter(n -> n.length() >= 3 && n.equals(n.toUpperCase(java.util.Locale.ROOT)))
                                .filter(n -> !WORDS.contains(n)).forEach(names::add);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable on its own (a module descriptor, say): not an enum the pages show
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
