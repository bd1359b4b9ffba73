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
            v.require(!tot.isAfter(van.plusYears(MAX_JAREN)), "tot", "figures.period.tooLong", String.valueOf(MAX_JAREN));
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
}
