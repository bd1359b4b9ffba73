package nl.huisverbod.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.huisverbod.platform.Messages;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a {@link Notice} in a language, and keeps it as JSON beside the notification: keys and arguments,
 * never the words, so that a notice stored today reads in English tomorrow.
 */
@Component
class NoticeTexts {

    /** Notices go out by e-mail in the chain's language, whatever the language of who caused them. */
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final Messages messages;
    private final ObjectMapper json;

    NoticeTexts(Messages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    String subject(Notice notice, Locale locale) {
        return write(notice.subject(), locale);
    }

    String body(Notice notice, Locale locale) {
        return notice.body().stream().map(t -> write(t, locale)).collect(Collectors.joining(" "));
    }

    private String write(NoticeText text, Locale locale) {
        // a moment is written out by Messages, in the same language
        Object[] args = text.args().stream().map(a -> a instanceof NoticeText inner ? write(inner, locale) : a).toArray();
        return messages.get(locale, text.key(), args);
    }

    String toJson(Notice notice) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("subject", tree(notice.subject()));
        doc.put("body", notice.body().stream().map(NoticeTexts::tree).toList());
        return json.writeValueAsString(doc);
    }

    Notice fromJson(String stored) {
        JsonNode doc = json.readTree(stored);
        List<NoticeText> body = new ArrayList<>();
        doc.path("body").forEach(t -> body.add(text(t)));
        return new Notice(text(doc.path("subject")), body);
    }

    private static Map<String, Object> tree(NoticeText text) {
        List<Map<String, Object>> args = text.args().stream().map(a -> a instanceof Instant moment
                ? Map.<String, Object>of("moment", moment.toString())
                : a instanceof NoticeText inner ? Map.<String, Object>of("text", tree(inner))
                : Map.<String, Object>of("value", a)).toList();
        return Map.of("key", text.key(), "args", args);
    }

    private static NoticeText text(JsonNode node) {
        List<Object> args = new ArrayList<>();
        node.path("args").forEach(a -> args.add(a.has("moment") ? Instant.parse(a.path("moment").asString())
                : a.has("text") ? text(a.path("text")) : a.path("value").asString()));
        return new NoticeText(node.path("key").asString(), args);
    }
}
