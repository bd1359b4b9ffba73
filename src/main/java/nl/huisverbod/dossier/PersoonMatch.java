package nl.huisverbod.dossier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case found for a person or an address outside the case (an incident, an import line). {@code grond}
 * says how: BSN, name and date of birth, or only the address. {@code registeredOn} is the case's date.
 */
public record PersoonMatch(UUID dossierId, String dossierNummer, Grond grond, PersonRole rol, LocalDate registeredOn,
                           String gemeenteCode, DossierStatus status) {

    /** The case has a final risk assessment (the RiHG was done, whatever was decided). */
    public boolean assessed() {
        return status != DossierStatus.GEMELD && status != DossierStatus.CRITERIA_GETOETST;
    }

    public enum Grond { BSN, NAAM_GEBOORTEDATUM, ADRES }
}
