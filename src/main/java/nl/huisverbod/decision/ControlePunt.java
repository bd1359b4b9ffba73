package nl.huisverbod.decision;

/** The municipal legal check of a beschikking (domain.md §2, §4 step 8): formal errors and reasoning. */
public enum ControlePunt {
    /** Decided by the mayor, or by a HOvJ under a full mandate (Wth 3). */
    BEVOEGDHEID,
    /** The facts and circumstances carry the decision (Wth 2(1), 2(4)). */
    FEITEN,
    /** Place and duration with exact end (Wth 2(4), 13). */
    PLAATS_EN_DUUR,
    /** The names the contact ban protects (Wth 2(4)). */
    BESCHERMDEN,
    /** The RiHG is complete and a deviation from its indication is reasoned. */
    RISICOTAXATIE,
    /** Served in person, orally with the written one following, or deposited (Wth 2(7)). */
    BEKENDMAKING
}
