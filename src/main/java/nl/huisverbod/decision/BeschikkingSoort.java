package nl.huisverbod.decision;

/** The kinds of written decision (domain.md §6). */
public enum BeschikkingSoort {
    OPLEGGING, HERSTEL, VERLENGING, INTREKKING
}
