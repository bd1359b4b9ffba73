package nl.huisverbod.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * What an extension rests on (Wth 9; domain.md §4 step 8): the hearing of the evicted person (Awb 4:8),
 * the coordinating team's zorgadvies and the municipality's beleidsadvies. Each may be missing; then the
 * mayor records why, and the verlengingsbeschikking says so.
 */
public record ExtensionGrounds(Hoorzitting evictedHeard, ZorgadviesSource.Summary zorgadvies,
                               Beleidsadvies beleidsadvies) {

    /** The fields whose absence reason the mayor must give, in the order of the form. */
    public List<String> missing() {
        var missing = new ArrayList<String>();
        if (evictedHeard == null) {
            missing.add("nietGehoordReden");
        }
        if (zorgadvies == null) {
            missing.add("zorgadviesOntbreektReden");
        }
        if (beleidsadvies == null) {
            missing.add("beleidsadviesOntbreektReden");
        }
        return missing;
    }
}
