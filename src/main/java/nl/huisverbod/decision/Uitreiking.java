package nl.huisverbod.decision;

/**
 * How the beschikking reached the uithuisgeplaatste (Wth 2(7)): handed over in person, given orally first
 * (the written one to follow as soon as possible), or deposited at the town hall when whereabouts are unknown.
 */
public enum Uitreiking {
    IN_PERSOON, MONDELING, GEDEPONEERD
}
