package nl.huisverbod.followup;

import java.util.Set;

/**
 * The outcome coded when the case closes, with the value sets of domain.md §10 (the studies' coding), so
 * that figures and evaluations can use them.
 */
public record Uitkomstcodering(Geweldstype geweldstype, Set<Aard> aard, Kindermishandeling kindermishandeling,
                               Ernst ernst, JaNeeOnbekend intiemTerrorisme, Netwerk steunendNetwerk,
                               JaNeeOnbekend eerderHuisverbod, JaNeeOnbekend bekendBijVtOfPolitie,
                               Dreiging dreigingAfgenomen, HulpGestart hulpGestartIemand,
                               HulpGestart hulpGestartAchterblijvers, HulpGestart hulpGestartUithuisgeplaatste,
                               JaNeeOnbekend huishoudenVeranderd, JaNeeOnbekend partnersUitElkaar) {

    public enum Geweldstype { PARTNER, EX_PARTNER, OUDERMISHANDELING, OUDERENMISHANDELING, KINDERMISHANDELING,
        COMBINATIE, ANDERS }

    public enum Aard { BEDREIGING, FYSIEK, SEKSUEEL, PSYCHISCH, EERGERELATEERD, WAPEN }

    /** None, broad (the children witnessed it) or narrow (directed at the children). */
    public enum Kindermishandeling { GEEN_KINDEREN, GEEN, BREED, SMAL }

    public enum Ernst { ZEER_ERNSTIG, ERNSTIG, BEPERKTE_FREQUENTIE, EENMALIG_OF_ENKELE_KEREN, ONBEKEND }

    public enum JaNeeOnbekend { JA, NEE, ONBEKEND }

    public enum Netwerk { JA, WAARSCHIJNLIJK, GEDEELTELIJK, WAARSCHIJNLIJK_NIET, NEE }

    public enum Dreiging { AFGENOMEN, NIET_AFGENOMEN, ONDUIDELIJK }

    public enum HulpGestart { GELUKT, GEDEELTELIJK, NIET, ONDUIDELIJK }
}
