package nl.huisverbod.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Working days for agreed deadlines (domain.md §7). Not a working day: Saturday, Sunday and the generally
 * recognised holidays of the Algemene termijnenwet art. 3: New Year's Day, Easter Monday, Ascension Day,
 * Whit Monday, Christmas and Boxing Day, King's Day, and 5 May. The legal 10 days and four weeks of the Wth
 * are calendar days (Wth 13) and never use this calendar.
 */
public final class WorkingDayCalendar {

    private WorkingDayCalendar() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays(day.getYear()).contains(day);
    }

    /** The first working day after {@code day} (not {@code day} itself). */
    public static LocalDate nextWorkingDay(LocalDate day) {
        return plusWorkingDays(day, 1);
    }

    /** Counts {@code n} working days after {@code day}: 1 is the next working day. */
    public static LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    public static Set<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        return Set.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.plusDays(1),                // Easter Monday
                easter.plusDays(39),               // Ascension Day
                easter.plusDays(50),               // Whit Monday
                kingsDay(year),
                LocalDate.of(year, Month.MAY, 5),  // Liberation Day (Atw art. 3: "5 mei")
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** King's Day is 27 April, or the 26th when the 27th falls on a Sunday (Wet viering Koningsdag). */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
