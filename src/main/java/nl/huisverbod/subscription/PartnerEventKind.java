package nl.huisverbod.subscription;

import java.util.Arrays;
import java.util.Optional;
import nl.huisverbod.dossier.Onderdeel;

/**
 * The kinds of events a partner system can subscribe to, each with its code on the wire (the ZGW
 * {@code actie}, the CloudEvents {@code type} suffix), the resource the callback links to, and the part of the
 * case an account must see to be told ({@code null}: the case itself).
 */
public enum PartnerEventKind {
    ORDER_PROPOSED("huisverbod-voorgesteld", "huisverbod", Onderdeel.BESLUIT),
    ORDER_IMPOSED("huisverbod-opgelegd", "huisverbod", Onderdeel.BESLUIT),
    ORDER_EXTENDED("huisverbod-verlengd", "huisverbod", Onderdeel.BESLUIT),
    ORDER_NOT_EXTENDED("huisverbod-niet-verlengd", "huisverbod", Onderdeel.BESLUIT),
    ORDER_WITHDRAWN("huisverbod-ingetrokken", "huisverbod", Onderdeel.BESLUIT),
    ORDER_ENDED("huisverbod-beeindigd", "huisverbod", Onderdeel.BESLUIT),
    BREACH_REPORTED("overtreding-gemeld", "overtredingen", Onderdeel.OVERTREDINGEN),
    APPEAL_LODGED("rechtsmiddel-ingesteld", "rechtsmiddelen", Onderdeel.BESLUIT),
    FILE_ACCEPTED("dossier-aanvaard", "hulpverlening", Onderdeel.TEAM),
    /** The part is the deadline's own (who acts on it), given with the event. */
    DEADLINE_MISSED("termijn-verstreken", "termijnen", null),
    CASE_CLOSED("dossier-gesloten", "", null);

    private final String code;
    private final String resource;
    private final Onderdeel part;

    PartnerEventKind(String code, String resource, Onderdeel part) {
        this.code = code;
        this.resource = resource;
        this.part = part;
    }

    public String code() {
        return code;
    }

    /** The resource's name below the case ({@code ""}: the case itself), as the ZGW {@code resource}. */
    String resource() {
        return resource;
    }

    Onderdeel part() {
        return part;
    }

    public static Optional<PartnerEventKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
