package nl.huisverbod.decision;

import java.util.List;

/**
 * Everything a beschikking states (Wth 2(4), domain.md §6), already formatted for print: the mayor and
 * mandate, the place and duration with exact end, the facts, the protected names, the instructions, the
 * sanction and how to appeal.
 */
record BeschikkingInhoud(String soortTitel, String nummer, String datum, String gemeente, String plaatsEnDatum,
                         String kenmerk, String contact, String rechtbank, String burgemeesterRegel,
                         String uithuisgeplaatste, String geboortedatum, String adres,
                         String aanvang, String einde, String feiten, List<String> risicofeiten,
                         List<String> beschermden, Ondertekening ondertekening, String uitreiking, String toelichting,
                         boolean verlenging, String redenIntrekking, ExtensionBasis grondslag,
                         Correction herstel) {

    /** What a herstelbeschikking corrects, in which beschikking (number and date as printed). */
    record Correction(String nummer, String datum, Vormfout vormfout, String onjuist, String juist) {
    }
}
