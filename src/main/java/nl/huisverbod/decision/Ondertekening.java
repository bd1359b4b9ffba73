package nl.huisverbod.decision;

import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.Role;

/**
 * Who signs a decision letter, under "De burgemeester van …": the mayor himself, or in his name ("namens
 * deze") the HOvJ under a mandate to impose (Wth 3) or the municipal officer who corrected a formal error.
 * Extension and withdrawal cannot be mandated (Wth 3): the mayor who decided signs them.
 */
record Ondertekening(boolean namens, String naam, String functie) {

    /** The letter names the person; a display name's role in brackets ("M. Jansen (burgemeester Assen)") is the UI's. */
    Ondertekening {
        naam = naam == null ? "" : naam.replaceFirst("\\s*\\([^)]*\\)\\s*$", "");
    }

    static Ondertekening of(BeschikkingSoort soort, Huisverbod h, CurrentUser by, String gemeente) {
        String mayor = "burgemeester van " + gemeente;
        return switch (soort) {
            case OPLEGGING -> h.decidedByRole() == Role.HOVJ
                    ? new Ondertekening(true, h.decidedByName(), "hulpofficier van justitie, krachtens mandaat "
                    + "(artikel 3 Wet tijdelijk huisverbod)")
                    : new Ondertekening(false, h.decidedByName(), mayor);
            case VERLENGING, INTREKKING -> new Ondertekening(false, by.displayName(), mayor);
            case HERSTEL -> by.role() == Role.BURGEMEESTER ? new Ondertekening(false, by.displayName(), mayor)
                    : new Ondertekening(true, by.displayName(), by.organisationName());
        };
    }
}
