package nl.huisverbod.dossier;

/**
 * The parts of a case that need-to-know is decided on separately: a partner invited for the evicted person's
 * shelter sees the order period and the shelter, not the risk assessment or the screening of the children.
 */
public enum Onderdeel {
    RIHG, BESLUIT, DOCUMENTEN, OVERTREDINGEN, STRAFRECHT, INCIDENTEN,
    TEAM, CONTACTEN, SCREENING, ZORGOVERLEG, PLAN, VEILIGHEIDSPLAN, SYSTEEMGESPREK, OPVANG, ZORGADVIES,
    /** After the order: help funnel, problem inventory, time spent, monitoring, outcome. */
    NAZORG
}
