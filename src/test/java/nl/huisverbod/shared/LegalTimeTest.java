package nl.huisverbod.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class LegalTimeTest {

    private static Instant amsterdam(String local) {
        return LocalDateTime.parse(local).atZone(LegalTime.ZONE).toInstant();
    }

    @Test
    void an_order_imposed_before_the_spring_clock_change_ends_ten_days_later_at_the_same_local_time() {
        // Wth 2(1) and 13: imposed 28 March 2026 21:30; summer time starts on 29 March.
        Instant end = LegalTime.orderEnd(amsterdam("2026-03-28T21:30"));
        ZonedDateTime local = end.atZone(LegalTime.ZONE);
        assertThat(local.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-04-07T21:30"));
        // ten calendar days, but one hour less in elapsed time
        assertThat(java.time.Duration.between(amsterdam("2026-03-28T21:30"), end).toHours()).isEqualTo(239);
    }

    @Test
    void an_order_imposed_before_the_autumn_clock_change_ends_at_the_same_local_time() {
        Instant end = LegalTime.orderEnd(amsterdam("2026-10-20T08:15"));
        assertThat(end.atZone(LegalTime.ZONE).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-30T08:15"));
    }

    @Test
    void the_ten_days_are_calendar_days_and_not_moved_for_weekends_or_holidays() {
        // Wth 13: the Algemene termijnenwet does not apply. Imposed Friday 24 April 2026: ends Monday 4 May,
        // across King's Day (27 April) and a weekend, without shifting.
        Instant end = LegalTime.orderEnd(amsterdam("2026-04-24T14:00"));
        assertThat(end.atZone(LegalTime.ZONE).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-05-04T14:00"));
    }

    @Test
    void an_extension_can_run_to_at_most_four_weeks_after_imposing() {
        Instant max = LegalTime.extensionMaximum(amsterdam("2026-03-28T21:30"));
        assertThat(max.atZone(LegalTime.ZONE).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-04-25T21:30"));
    }

    @Test
    void times_on_a_beschikking_are_written_in_dutch_local_time() {
        assertThat(LegalTime.formatLong(amsterdam("2026-04-07T21:30"))).isEqualTo("dinsdag 7 april 2026 om 21:30 uur");
    }
}
