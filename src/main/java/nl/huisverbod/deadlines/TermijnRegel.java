package nl.huisverbod.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.huisverbod.shared.LegalTime;

/**
 * How a deadline's due moment follows from its start (domain.md §7): clock hours, the end of a calendar day,
 * the end of a working day (Dutch public holidays, {@link WorkingDayCalendar}), or the end of a numbered day
 * of the order (day 1 is the day it was imposed). "The end of a day" is 23:59 Dutch time.
 */
public record TermijnRegel(Eenheid eenheid, int aantal) {

    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    public enum Eenheid {
        /** Clock hours from the start. */
        UREN,
        /** The end of the n-th calendar day after the start's day (0: the same day). */
        KALENDERDAGEN,
        /** The end of the n-th working day after the start's day (0: the same day, or the next working day). */
        WERKDAGEN,
        /** The end of day n of the order; the start is the moment of imposing. */
        DAG_VAN_HUISVERBOD
    }

    public TermijnRegel {
        if (eenheid == null) {
            throw new IllegalArgumentException("eenheid is required");
        }
        int min = eenheid == Eenheid.DAG_VAN_HUISVERBOD || eenheid == Eenheid.UREN ? 1 : 0;
        if (aantal < min || aantal > 366 * 24) {
            throw new IllegalArgumentException("aantal out of range: " + aantal);
        }
    }

    public static TermijnRegel uren(int n) {
        return new TermijnRegel(Eenheid.UREN, n);
    }

    public Instant dueFrom(Instant start) {
        LocalDate day = LegalTime.localDate(start);
        return switch (eenheid) {
            case UREN -> start.plus(Duration.ofHours(aantal));
            case KALENDERDAGEN -> endOf(day.plusDays(aantal));
            case WERKDAGEN -> endOf(aantal == 0 && WorkingDayCalendar.isWorkingDay(day) ? day
                    : WorkingDayCalendar.plusWorkingDays(day, Math.max(aantal, 1)));
            case DAG_VAN_HUISVERBOD -> endOf(day.plusDays(aantal - 1L));
        };
    }

    /** The moment to warn that a deadline is at risk: a quarter of its time before it is due, at most 2 hours. */
    static Instant warnAt(Instant start, Instant due) {
        Duration span = Duration.between(start, due);
        Duration lead = span.dividedBy(4);
        return due.minus(lead.compareTo(Duration.ofHours(2)) > 0 ? Duration.ofHours(2) : lead);
    }

    private static Instant endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(LegalTime.ZONE).toInstant();
    }
}
