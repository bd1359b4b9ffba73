package nl.huisverbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TimelineLabelsTest {

    @Test
    void every_kind_of_change_the_timeline_shows_has_a_label_in_dutch_and_english() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            for (String kind : CaseTimeline.kinds()) {
                assertThat(bundle.containsKey("timeline.object." + kind)).as("%s in %s", kind, locale).isTrue();
            }
        }
    }
}
