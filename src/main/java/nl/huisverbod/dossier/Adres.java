package nl.huisverbod.dossier;

/** The home the order concerns. The municipality code routes the case (domain.md §12). */
public record Adres(String straat, String huisnummer, String postcode, String woonplaats, String gemeenteCode) {

    public String regel() {
        return straat + " " + huisnummer + ", " + postcode + " " + woonplaats;
    }
}
