package nl.huisverbod.care;

/**
 * What a professional does in the case (domain.md §2, care coordinator): one for those staying behind, one
 * for the evicted person, a gezinsmanager when there are children; anyone else is a partner.
 */
public enum Functie {
    ACHTERBLIJVERS, UITHUISGEPLAATSTE, GEZINSMANAGER, PARTNER
}
