package nl.huisverbod.decision;

/** Why the mayor withdraws an order (Wth 2(9), domain.md §4 step 9). */
public enum RedenIntrekking {
    /** Wth 2(9): help accepted, confirmed by the help organisation, and no obstruction of help to housemates. */
    HULP_AANVAARD,
    /** Safety agreements proved possible. */
    VEILIGHEIDSAFSPRAKEN,
    /** The order would not hold in court. */
    NIET_HOUDBAAR,
    ANDERS
}
