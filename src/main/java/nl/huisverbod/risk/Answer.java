package nl.huisverbod.risk;

/** The answer to one item of the instrument. */
public enum Answer {
    JA, NEE, ONBEKEND
}
