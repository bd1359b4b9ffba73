package nl.huisverbod.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence of a notice as a message key and its arguments, so that every reader sees it in their own
 * language. An argument is plain text (a case number, a municipality's name), a moment (written out in the
 * reader's language) or another text (a label, such as the kind of deadline).
 */
record NoticeText(String key, List<Object> args) {

    NoticeText {
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Instant || arg instanceof NoticeText)) {
                throw new IllegalArgumentException("a notice argument is text, a moment or a text: " + arg);
            }
        }
    }

    static NoticeText of(String key, Object... args) {
        return new NoticeText(key, Arrays.asList(args));
    }
}
