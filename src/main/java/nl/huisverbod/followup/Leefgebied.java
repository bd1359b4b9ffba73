package nl.huisverbod.followup;

/** The life domains of the problem inventory (domain.md §9). */
public enum Leefgebied {
    RELATIE, WERK, WONEN, FINANCIEN, SOCIAAL_NETWERK, PSYCHISCHE_GEZONDHEID, VERSLAVING, GEZIN_VAN_HERKOMST
}
