package nl.huisverbod.risk;

/** A draft can be changed by its contributors; a final assessment is the basis of the decision. */
public enum AssessmentStatus {
    CONCEPT, DEFINITIEF
}
