package nl.huisverbod.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void easter_falls_on_the_gregorian_date(int year, LocalDate easter) {
        assertThat(WorkingDayCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
        assertThat(WorkingDayCalendar.kingsDay(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(WorkingDayCalendar.kingsDay(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void the_first_working_day_after_good_friday_2026_is_the_tuesday_after_easter() {
        // Good Friday is no holiday under the Algemene termijnenwet; Easter Monday (6 April) is.
        assertThat(WorkingDayCalendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(WorkingDayCalendar.nextWorkingDay(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void working_days_skip_kings_day_and_liberation_day() {
        // Friday 24 April 2026 + 1 working day: Monday 27 April is King's Day, so Tuesday 28 April.
        assertThat(WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
        // Monday 4 May 2026 + 1: Tuesday 5 May is Liberation Day, so Wednesday 6 May.
        assertThat(WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 5, 4), 1)).isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Test
    void ascension_whit_monday_and_christmas_are_not_working_days() {
        assertThat(WorkingDayCalendar.holidays(2026)).contains(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 1, 1));
        assertThat(WorkingDayCalendar.plusWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
