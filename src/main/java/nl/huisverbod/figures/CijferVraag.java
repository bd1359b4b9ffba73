package nl.huisverbod.figures;

import java.time.LocalDate;
import nl.huisverbod.shared.Violations;

/**
 * What a figure is asked for: grouped by {@code niveau} and {@code periode} over [van, tot), optionally only
 * within one area ({@code binnenNiveau} {@code binnen}, e.g. VT_REGIO Drenthe) and only from one source.
 */
public record CijferVraag(Niveau niveau, Periode periode, LocalDate van, LocalDate tot, Niveau binnenNiveau,
                          String binnen, String bron) {

    /** Long enough for ten years of monthly trends; longer asks are refused rather than slow. */
    static final int MAX_JAREN = 15;

    public CijferVraag {
        var v = new Violations();
        v.require(niveau != null, "niveau", "validation.required")
                .require(periode != null, "periode", "validation.required")
                .require(van != null, "van", "validation.required")
                .require(tot != null, "tot", "validation.required");
        if (van != null && tot != null) {
            v.require(van.isBefore(tot), "tot", "figures.period.order");
            // counted in the calendar years the range touches, as they are computed whole (heleJaren)
            v.require(!Periode.JAAR.einde(tot).isAfter(Periode.JAAR.begin(van).plusYears(MAX_JAREN + 1)), "tot",
                    "figures.period.tooLong", String.valueOf(MAX_JAREN));
        }
        v.require((binnenNiveau == null) == (binnen == null || binnen.isBlank()), "binnen", "figures.within");
        v.throwIfAny();
        if (binnen != null && binnen.isBlank()) {
            binnen = null;
        }
        if (bron != null && bron.isBlank()) {
            bron = null;
        }
    }

    /**
     * The asked periods whole (issue 13, finding 3): from the first day of the period {@code van} lies in to the
     * end of the period the day before {@code tot} lies in; the whole range as one period is whole years. So a
     * "2009-K2" is always the whole quarter, the same number in every table that shows it, and no two ranges
     * differ by a part of a period that suppression did not protect.
     */
    CijferVraag heleperioden() {
        Periode eenheid = periode == Periode.GEHEEL ? Periode.JAAR : periode;
        return new CijferVraag(niveau, periode, eenheid.begin(van), eenheid.einde(tot), binnenNiveau, binnen, bron);
    }

    /** The same question over the whole calendar years it touches, grouped by {@code per}. */
    CijferVraag heleJaren(Periode per) {
        return new CijferVraag(niveau, per, Periode.JAAR.begin(van), Periode.JAAR.einde(tot), binnenNiveau, binnen, bron);
    }
}
