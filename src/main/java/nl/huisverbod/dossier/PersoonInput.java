package nl.huisverbod.dossier;

import java.time.LocalDate;

/** A person as entered on the registration form or in the API. */
public record PersoonInput(PersonRole rol, String voornamen, String achternaam, LocalDate geboortedatum, String bsn,
                           Relatie relatie) {

    /** A row counts as empty when nothing identifying was typed; a preset role alone does not count. */
    public boolean isEmpty() {
        return blank(voornamen) && blank(achternaam) && geboortedatum == null && blank(bsn);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
