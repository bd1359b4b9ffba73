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

    public String formatShort(Instant instant) {
        return LegalTime.formatShort(instant);
    }

    public String formatLong(Instant instant) {
        return LegalTime.formatLong(instant);
    }

    public String anchor(String field) {
        return FormErrors.anchor(field);
    }
}
