package nl.huisverbod.reference;

/** A municipality's own arrangements: its mandate (Wth 3) and the help organisation it designated (Wth 2(8)). */
public record MunicipalityPolicy(String code, Mandaat mandaat, String helpOrganisation) {
}
