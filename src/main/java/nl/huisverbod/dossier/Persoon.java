package nl.huisverbod.dossier;

import java.time.LocalDate;
import java.util.UUID;

/** A person in the household. {@code bsn} is optional and, when present, passed the elfproef. */
public record Persoon(UUID id, PersonRole rol, String voornamen, String achternaam, LocalDate geboortedatum,
                      String bsn, Relatie relatie) {

    public String naam() {
        return voornamen + " " + achternaam;
    }

    /** Wth 2(2): only an adult can be ordered out; adulthood is judged on the day of imposing. */
    public boolean isAdultOn(LocalDate day) {
        return !geboortedatum.plusYears(18).isAfter(day);
    }
}
