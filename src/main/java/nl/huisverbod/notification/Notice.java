package nl.huisverbod.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * What a notice says: its subject and the sentences of its body, kept as texts with their arguments so that
 * the inbox shows it in the reader's language (the e-mail copy is in Dutch, the chain's language).
 */
record Notice(NoticeText subject, List<NoticeText> body) {

    Notice {
        body = List.copyOf(body);
    }

    static Notice of(String subjectKey, Object... args) {
        return new Notice(NoticeText.of(subjectKey, args), List.of());
    }

    /** This notice with one more sentence in its body. */
    Notice and(String key, Object... args) {
        return and(NoticeText.of(key, args));
    }

    Notice and(NoticeText sentence) {
        List<NoticeText> longer = new ArrayList<>(body);
        longer.add(sentence);
        return new Notice(subject, longer);
    }

    /** This notice with a sentence put before its body (e.g. "for information"). */
    Notice after(String key, Object... args) {
        List<NoticeText> longer = new ArrayList<>();
        longer.add(NoticeText.of(key, args));
        longer.addAll(body);
        return new Notice(subject, longer);
    }
}
