package nl.huisverbod.dossier;

/** The states of a case (domain.md §4). */
public enum DossierStatus {
    REPORTED, CRITERIA_CHECKED, ASSESSED, IMPOSED, NOT_IMPOSED, EXTENDED, ENDED, WITHDRAWN, ANNULLED, FOLLOW_UP,
    CLOSED
}
