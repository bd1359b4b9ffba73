package nl.huisverbod.reference;

/**
 * A municipality's own arrangements: its mandate (Wth 3), the help organisation it designated (Wth 2(8)), and
 * the contact details its decision letters carry under its name (postal address, phone, website).
 */
public record MunicipalityPolicy(String code, Mandaat mandaat, String helpOrganisation, String briefhoofd) {
}
