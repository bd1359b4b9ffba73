package nl.huisverbod.risk;

/** The assessor's rating of a signal: red high, blue medium, yellow low risk. */
public enum Rating {
    ROOD, BLAUW, GEEL
}
