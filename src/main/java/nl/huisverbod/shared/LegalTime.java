package nl.huisverbod.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The law's clock. Wth 13 excludes the Algemene termijnenwet: the 10 days and the four weeks are calendar
 * days counted in Dutch local time, ending at the same clock time, also across a daylight-saving change.
 */
public final class LegalTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Wth 2(1): the order lasts ten days unless extended. */
    public static final int ORDER_DAYS = 10;
    /** Wth 9: an extension runs to at most four weeks after the order was imposed. */
    public static final int MAXIMUM_DAYS = 28;
    /**
     * How far ahead of the server's clock a moment entered by a user may lie: forms have minute precision and
     * devices' clocks differ a little. Anything further ahead is refused as "in the future".
     */
    public static final java.time.Duration CLOCK_TOLERANCE = java.time.Duration.ofMinutes(5);

    /**
     * Wth 2(7): an order said orally is written down soon after; it may be recorded in the system at most this
     * long after it was imposed (the same 24 hours after which the written beschikking is flagged overdue).
     */
    public static final java.time.Duration LATE_RECORDING_WINDOW = java.time.Duration.ofHours(24);

    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'om' HH:mm 'uur'", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter DISPLAY_ENGLISH =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm");

    private LegalTime() {
    }

    /** The end of an order imposed at {@code imposedAt}: ten calendar days later, same local clock time. */
    public static Instant orderEnd(Instant imposedAt) {
        return plusCalendarDays(imposedAt, ORDER_DAYS);
    }

    /** The latest moment an extension may run to (Wth 9). */
    public static Instant extensionMaximum(Instant imposedAt) {
        return plusCalendarDays(imposedAt, MAXIMUM_DAYS);
    }

    public static Instant plusCalendarDays(Instant start, int days) {
        // ZonedDateTime.plusDays works on the local time-line, so 21:30 stays 21:30 across DST.
        return start.atZone(ZONE).plusDays(days).toInstant();
    }

    public static LocalDate localDate(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static ZonedDateTime local(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** "zaterdag 28 maart 2026 om 21:30 uur": the form a beschikking states its times in. */
    public static String formatLong(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(ZONE));
    }

    /** The long form in the reader's language: English "Saturday 28 March 2026 at 21:30", otherwise Dutch. */
    public static String formatLong(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        boolean english = locale != null && locale.getLanguage().equals("en");
        return (english ? DISPLAY_ENGLISH : DISPLAY).format(instant.atZone(ZONE));
    }

    public static String formatShort(Instant instant) {
        return instant == null ? "" : SHORT.format(instant.atZone(ZONE));
    }
}
