package nl.huisverbod.zgw;

import java.util.UUID;

/**
 * Where a municipality's ZGW APIs are and which of its catalogue's types (Catalogi API URLs) the product uses:
 * the zaaktype "tijdelijk huisverbod" (doorlooptijd 10 days, verlengingstermijn 18 days), a besluittype for the
 * oplegging, the verlenging and the intrekking, a statustype for opgelegd, verlengd and beëindigd (the
 * eindstatus), the resultaattype (archiefnominatie vernietigen, Wth 10) and the informatieobjecttype of a
 * beschikking. {@code rsin} is the municipality's, as bronorganisatie and verantwoordelijke organisatie.
 */
public record ZgwLink(UUID subscriptionId, String account, String zakenUrl, String besluitenUrl,
                      String documentenUrl, String rsin, String zaaktype, String besluittypeOplegging,
                      String besluittypeVerlenging, String besluittypeIntrekking, String statustypeOpgelegd,
                      String statustypeVerlengd, String statustypeBeeindigd, String resultaattype,
                      String informatieobjecttype, String clientId) {

    /** An API root with exactly one trailing slash, so that resource names can be appended. */
    static String root(String url) {
        String u = url.trim();
        return u.endsWith("/") ? u : u + "/";
    }
}
