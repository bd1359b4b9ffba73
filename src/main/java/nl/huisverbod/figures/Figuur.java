package nl.huisverbod.figures;

import java.util.Arrays;
import java.util.Optional;

/** The figures of domain.md §12, each known in the API and the UI by its key. */
public enum Figuur {
    AANTALLEN("aantallen"),
    COHORT("cohort"),
    PER_INWONERS("per-inwoners"),
    PER_POLITIEREGISTRATIE("per-politieregistratie"),
    TIJDIGHEID("tijdigheid"),
    EERSTE_CONTACT("eerste-contact"),
    TRECHTER("trechter"),
    RECIDIVE("recidive"),
    UITKOMSTEN("uitkomsten"),
    NIET_OPGELEGD("niet-opgelegd");

    public final String sleutel;

    Figuur(String sleutel) {
        this.sleutel = sleutel;
    }

    public static Optional<Figuur> van(String sleutel) {
        return Arrays.stream(values()).filter(f -> f.sleutel.equals(sleutel)).findFirst();
    }
}
