package nl.huisverbod.dossier;

/** Kinds of document received with a case. */
public enum DocumentSoort {
    /** The police report (proces-verbaal / mutatie) that goes with the file to Veilig Thuis (Wth 2(8)). */
    POLITIERAPPORT,
    /** The weegteam's advice in a planned screening. */
    WEEGTEAM_ADVIES,
    OVERIG
}
