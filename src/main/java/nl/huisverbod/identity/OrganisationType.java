package nl.huisverbod.identity;

/**
 * Kinds of organisation. The scope code says which cases the organisation serves: a police unit name for
 * the police and the OM, a CBS municipality code for a municipality, a Veilig Thuis region name for VT.
 */
public enum OrganisationType {
    POLITIE, GEMEENTE, VEILIG_THUIS, ZORGAANBIEDER, OM, ONDERZOEK, BEHEER
}
