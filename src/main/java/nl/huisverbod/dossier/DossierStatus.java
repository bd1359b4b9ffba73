package nl.huisverbod.dossier;

/** The states of a case (domain.md §4). */
public enum DossierStatus {
    GEMELD, CRITERIA_GETOETST, RIHG_VASTGESTELD, OPGELEGD, NIET_OPGELEGD, VERLENGD, BEEINDIGD, INGETROKKEN, VERNIETIGD, NAZORG,
    GESLOTEN
}
