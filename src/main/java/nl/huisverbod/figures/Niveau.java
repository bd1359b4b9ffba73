package nl.huisverbod.figures;

/**
 * The level a figure is grouped by (domain.md §12). Region boundaries do not line up, so every level is
 * derived from the case's municipality through the reference data ({@code m} is {@code ref_municipality}).
 */
public enum Niveau {
    GEMEENTE("m.code", "m.name"),
    POLITIE_EENHEID("m.police_unit", "m.police_unit"),
    VT_REGIO("m.vt_region", "m.vt_region"),
    VEILIGHEIDSREGIO("m.safety_region_code", "m.safety_region_name"),
    LAND("'NL'", "'Nederland'");

    final String code;
    final String naam;

    Niveau(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }
}
