package nl.huisverbod.reference;

/**
 * Which municipality an address lies in: the municipality whose mayor decides (Wth 2(1)) follows the address,
 * not the user's choice. The default reads the CBS postcode table shipped with the application
 * ({@link Pc4AddressLookup}); an address lookup in the BAG can take its place in production by providing
 * another implementation ({@code huisverbod.address-lookup} other than {@code pc4}).
 */
public interface AddressLookup {

    /** {@code postcode} is normalised ("9401 AB"); {@code huisnummer} as entered. Never null. */
    AddressMatch municipalityOf(String postcode, String huisnummer);
}
