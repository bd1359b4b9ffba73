package nl.huisverbod.decision;

/** The kinds of written decision (domain.md §6). This issue issues the first two. */
public enum BeschikkingSoort {
    OPLEGGING, HERSTEL
}
