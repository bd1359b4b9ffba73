package nl.huisverbod.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * The three entry criteria of domain.md §4 step 2, each with its reasoning: the person is an adult
 * (Wth 2(2)); lives or stays more than incidentally at the address (Wth 1); serious and immediate danger
 * (Wth 2(1)). Null answers mean: not yet checked.
 */
public record Toetsingscriteria(Boolean meerderjarig, String meerderjarigReden, Boolean woonachtig,
                                String woonachtigReden, Boolean gevaar, String gevaarReden, Instant checkedAt,
                                UUID checkedBy) {

    public static Toetsingscriteria unchecked() {
        return new Toetsingscriteria(null, null, null, null, null, null, null, null);
    }

    public boolean isChecked() {
        return checkedAt != null;
    }

    public boolean allMet() {
        return Boolean.TRUE.equals(meerderjarig) && Boolean.TRUE.equals(woonachtig) && Boolean.TRUE.equals(gevaar);
    }
}
