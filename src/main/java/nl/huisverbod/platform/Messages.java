package nl.huisverbod.platform;

import java.util.List;
import java.util.Locale;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys, including those of {@link Violation}s, in the request's language. */
@Component
public class Messages {

    private final MessageSource messageSource;

    Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(String code, Object... args) {
        return get(LocaleContextHolder.getLocale(), code, args);
    }

    /** A moment among the arguments is written out in the language of the text ("donderdag 3 december ..."). */
    public String get(Locale locale, String code, Object... args) {
        Object[] written = args == null ? null : java.util.Arrays.stream(args)
                .map(a -> a instanceof java.time.Instant moment ? LegalTime.formatLong(moment, locale) : a).toArray();
        return messageSource.getMessage(code, written, code, locale);
    }

    /** Whether the key has a text (to fall back to the raw value where a value set has no label). */
    public boolean has(String code) {
        return messageSource.getMessage(code, null, null, LocaleContextHolder.getLocale()) != null;
    }

    public String of(Violation violation) {
        return get(violation.code(), violation.args().toArray());
    }

    public List<String> of(List<Violation> violations) {
        return violations.stream().map(this::of).toList();
    }
}
