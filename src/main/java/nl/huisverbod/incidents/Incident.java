package nl.huisverbod.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A domestic-violence incident as one of the sources registered it. */
public record Incident(UUID id, Bron bron, String externNummer, LocalDate datum, Aard aard, String postcode,
                       String huisnummer, String gemeenteCode, List<Betrokkene> betrokkenen) {

    public enum Bron { POLITIE, VEILIG_THUIS, JEUGDBESCHERMING }

    /** The nature of the incident (domain.md §10); stalking does not count as repeat violence (§11). */
    public enum Aard { BEDREIGING, FYSIEK, SEKSUEEL, PSYCHISCH, EERGERELATEERD, WAPEN, STALKING }

    public record Betrokkene(Rol rol, String bsn, String voornamen, String achternaam, LocalDate geboortedatum) {
    }

    public enum Rol { VERDACHTE, SLACHTOFFER, BETROKKENE }
}
