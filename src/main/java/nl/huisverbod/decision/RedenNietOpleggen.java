package nl.huisverbod.decision;

/** Why no order was imposed (domain.md §4 step 4); recorded so that these cases can serve as controls. */
public enum RedenNietOpleggen {
    NIET_NODIG, VERERGERT_SITUATIE, CRITERIA_NIET_VERVULD, ORGANISATORISCH, PROCEDURE_AFGEBROKEN, ANDERS;

    /** Reasons that may be given before the risk assessment is final. */
    public boolean allowedWithoutFinalAssessment() {
        return this == CRITERIA_NIET_VERVULD || this == PROCEDURE_AFGEBROKEN;
    }
}
