package nl.huisverbod.decision;

/** The outcome chosen: impose the order or not (domain.md §4 step 4). */
public enum Besluit {
    OPLEGGEN, NIET_OPLEGGEN
}
