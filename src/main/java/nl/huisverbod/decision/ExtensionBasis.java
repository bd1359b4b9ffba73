package nl.huisverbod.decision;

import nl.huisverbod.shared.LegalTime;

/**
 * The grounds of a verlengingsbeschikking as printed (Wth 9, Awb 3:46): the hearing of the evicted person
 * and the two advices, each with its moment and author or the mayor's reason for its absence. Moments are
 * formatted; the template writes the sentences.
 */
record ExtensionBasis(String heardOn, Hoorzitting.Wijze heardHow, String notHeardReason,
                      String zorgadviesBy, String zorgadviesOn, Boolean zorgadviesExtend, String noZorgadviesReason,
                      String beleidsadviesBy, String beleidsadviesOn, Boolean beleidsadviesExtend,
                      String noBeleidsadviesReason) {

    static ExtensionBasis of(ExtensionGrounds g, Huisverbod h) {
        var heard = g.evictedHeard();
        var zorg = g.zorgadvies();
        var beleid = g.beleidsadvies();
        return new ExtensionBasis(
                heard == null ? null : LegalTime.formatLong(heard.moment()),
                heard == null ? null : heard.wijze(), h.extensionNotHeardReason(),
                zorg == null ? null : zorg.uitgebrachtDoor(),
                zorg == null ? null : LegalTime.formatLong(zorg.uitgebrachtOp()),
                zorg == null ? null : zorg.adviesVerlengen(), h.extensionNoZorgadviesReason(),
                beleid == null ? null : beleid.uitgebrachtDoor(),
                beleid == null ? null : LegalTime.formatLong(beleid.uitgebrachtOp()),
                beleid == null ? null : beleid.adviesVerlengen(), h.extensionNoBeleidsadviesReason());
    }
}
