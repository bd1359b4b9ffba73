package nl.huisverbod.decision;

/**
 * The kinds of obvious formal error a herstelbeschikking may correct. Anything else (other facts, another
 * person protected, another period) changes the decision itself: that takes a new decision or a withdrawal.
 */
public enum Vormfout {
    /** A typing or spelling error in the text. */
    SCHRIJFFOUT,
    /** A name written wrongly. */
    NAAM,
    /** A date of birth or another date written wrongly (the order's own times never change by correction). */
    DATUM,
    /** The address written wrongly (the same home). */
    ADRES,
    /** A wrong article of law cited. */
    WETSVERWIJZING
}
