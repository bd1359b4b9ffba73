package nl.huisverbod.dossier;

/** The answers and reasoning for the three entry criteria. */
public record CriteriaCommand(Boolean meerderjarig, String meerderjarigReden, Boolean woonachtig,
                              String woonachtigReden, Boolean gevaar, String gevaarReden) {
}
