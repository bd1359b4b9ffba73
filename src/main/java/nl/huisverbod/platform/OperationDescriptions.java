package nl.huisverbod.platform;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.springframework.web.method.HandlerMethod;

/**
 * The Dutch summary of every operation and the tag of every module, from {@code openapi/operations.properties}
 * (the text is not written in Java). An operation is tagged with the module its controller belongs to.
 */
final class OperationDescriptions {

    private static final String PREFIX = "nl.huisverbod.";
    private final Properties texts = new Properties();

    OperationDescriptions() {
        try (var in = OperationDescriptions.class.getResourceAsStream("/openapi/operations.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module's tag for an operation of this controller. */
    void tag(Operation op, HandlerMethod handler) {
        String pkg = handler.getBeanType().getPackageName();
        String module = pkg.startsWith(PREFIX) ? pkg.substring(PREFIX.length()).split("\\.")[0] : pkg;
        String tag = texts.getProperty("tag." + module);
        if (tag != null) {
            op.setTags(List.of(tag.split("\\|")[0]));
        }
    }

    /** The summary of the operation at this path below the base (none when the file has none). */
    void summarise(PathItem.HttpMethod method, String path, Operation op) {
        String summary = texts.getProperty(method.name().toLowerCase(Locale.ROOT) + "." + path);
        if (summary != null) {
            op.setSummary(summary);
        }
        if (op.getParameters() != null) {
            op.getParameters().stream().filter(p -> p.getDescription() == null)
                    .forEach(p -> p.setDescription(texts.getProperty("param." + p.getName())));
        }
    }

    /** Every module's tag with its description, by module name. */
    List<Tag> tags() {
        return texts.stringPropertyNames().stream().filter(k -> k.startsWith("tag.")).sorted()
                .map(k -> texts.getProperty(k).split("\\|", 2))
                .map(t -> new Tag().name(t[0]).description(t.length > 1 ? t[1] : null)).toList();
    }
}
