package nl.huisverbod.platform;

import java.time.Instant;
import nl.huisverbod.shared.LegalTime;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates as {@code @fmt}: Thymeleaf 3.1 does not allow static class access in
 * expressions, so the few helpers pages need are offered as a bean.
 */
@Component("fmt")
public class TemplateFormats {

    private final java.time.Clock clock;
    private final Messages messages;

    TemplateFormats(java.time.Clock clock, Messages messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** How long until a moment, as people say it: "nog 3 uur", "nog 2 dagen", "5 uur te laat". */
    public String timeLeft(Instant due) {
        java.time.Duration left = java.time.Duration.between(clock.instant(), due);
        java.time.Duration size = left.abs();
        String amount = size.toHours() < 1 ? messages.get("time.minutes", Math.max(1, size.toMinutes()))
                : size.toHours() < 48 ? messages.get("time.hours", size.toHours())
                : messages.get("time.days", size.toDays());
        return messages.get(left.isNegative() ? "time.late" : "time.left", amount);
    }

    /** Urgency of a due moment: "overdue", "soon" (within a day) or "later", for its badge. */
    public String urgency(Instant due) {
        java.time.Duration left = java.time.Duration.between(clock.instant(), due);
        return left.isNegative() ? "overdue" : left.toHours() < 24 ? "soon" : "later";
    }

    public String formatShort(Instant instant) {
        return LegalTime.formatShort(instant);
    }

    /** In the page's language (letters keep {@link LegalTime#formatLong(Instant)}, Dutch). */
    public String formatLong(Instant instant) {
        return LegalTime.formatLong(instant, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    public String anchor(String field) {
        return FormErrors.anchor(field);
    }
}
