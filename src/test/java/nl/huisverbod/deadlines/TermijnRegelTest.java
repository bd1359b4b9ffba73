package nl.huisverbod.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import nl.huisverbod.deadlines.TermijnRegel.Eenheid;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.shared.LegalTime;
import org.junit.jupiter.api.Test;

/** The rules of domain.md §7 as sentences: when a deadline is due, and when an organisation takes work. */
class TermijnRegelTest {

    static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LegalTime.ZONE).toInstant();
    }

    @Test
    void the_next_working_day_after_good_friday_2026_is_the_tuesday_after_easter_monday() {
        // Easter Monday 6 April 2026 is a public holiday (Atw art. 3)
        assertThat(new TermijnRegel(Eenheid.WERKDAGEN, 1).dueFrom(at(2026, 4, 3, 16, 0)))
                .isEqualTo(at(2026, 4, 7, 23, 59));
    }

    @Test
    void the_next_working_day_after_the_friday_before_kings_day_2026_is_tuesday() {
        assertThat(new TermijnRegel(Eenheid.WERKDAGEN, 1).dueFrom(at(2026, 4, 24, 10, 0)))
                .isEqualTo(at(2026, 4, 28, 23, 59));
    }

    @Test
    void zero_working_days_means_the_same_day_or_else_the_next_working_day() {
        assertThat(new TermijnRegel(Eenheid.WERKDAGEN, 0).dueFrom(at(2026, 6, 3, 9, 0))).isEqualTo(at(2026, 6, 3, 23, 59));
        assertThat(new TermijnRegel(Eenheid.WERKDAGEN, 0).dueFrom(at(2026, 6, 6, 9, 0))).isEqualTo(at(2026, 6, 8, 23, 59));
    }

    @Test
    void the_same_or_next_day_ends_at_the_end_of_the_next_calendar_day_also_just_before_midnight() {
        assertThat(new TermijnRegel(Eenheid.KALENDERDAGEN, 1).dueFrom(at(2026, 6, 2, 23, 30)))
                .isEqualTo(at(2026, 6, 3, 23, 59));
    }

    @Test
    void day_8_of_the_order_is_the_eighth_calendar_day_counting_the_day_of_imposing_as_day_1() {
        assertThat(new TermijnRegel(Eenheid.DAG_VAN_HUISVERBOD, 8).dueFrom(at(2026, 6, 2, 9, 0)))
                .isEqualTo(at(2026, 6, 9, 23, 59));
    }

    @Test
    void clock_hours_count_real_time_across_the_change_to_summer_time() {
        // 29 March 2026: clocks go from 02:00 to 03:00
        assertThat(TermijnRegel.uren(4).dueFrom(at(2026, 3, 29, 0, 0))).isEqualTo(at(2026, 3, 29, 5, 0));
    }

    @Test
    void a_deadline_warns_a_quarter_of_its_time_before_it_is_due_but_at_most_two_hours() {
        Instant start = at(2026, 6, 2, 9, 0);
        assertThat(TermijnRegel.warnAt(start, start.plus(Duration.ofHours(4)))).isEqualTo(start.plus(Duration.ofHours(3)));
        assertThat(TermijnRegel.warnAt(start, start.plus(Duration.ofHours(48)))).isEqualTo(start.plus(Duration.ofHours(46)));
    }

    @Test
    void a_rule_outside_its_range_is_refused() {
        assertThatThrownBy(() -> new TermijnRegel(Eenheid.DAG_VAN_HUISVERBOD, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TermijnRegel(Eenheid.UREN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TermijnRegel(null, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void veilig_thuis_from_8_to_22_takes_work_inside_its_window_and_opens_again_at_8() {
        var vt = new Organisation(UUID.randomUUID(), OrganisationType.VEILIG_THUIS, "VT", "Drenthe", null,
                LocalTime.of(8, 0), LocalTime.of(22, 0), UUID.randomUUID(), false);
        assertThat(vt.availableAt(at(2026, 6, 2, 7, 59))).isFalse();
        assertThat(vt.availableAt(at(2026, 6, 2, 8, 0))).isTrue();
        assertThat(vt.availableAt(at(2026, 6, 2, 21, 59))).isTrue();
        assertThat(vt.availableAt(at(2026, 6, 2, 22, 0))).isFalse();
        assertThat(vt.nextAvailable(at(2026, 6, 2, 23, 15))).isEqualTo(at(2026, 6, 3, 8, 0));
        assertThat(vt.nextAvailable(at(2026, 6, 3, 6, 0))).isEqualTo(at(2026, 6, 3, 8, 0));
    }

    @Test
    void a_night_service_window_runs_past_midnight() {
        var night = new Organisation(UUID.randomUUID(), OrganisationType.VEILIG_THUIS, "Nacht", "Drenthe", null,
                LocalTime.of(22, 0), LocalTime.of(8, 0), null, false);
        assertThat(night.availableAt(at(2026, 6, 2, 23, 0))).isTrue();
        assertThat(night.availableAt(at(2026, 6, 3, 7, 0))).isTrue();
        assertThat(night.availableAt(at(2026, 6, 3, 12, 0))).isFalse();
    }
}
