package nl.huisverbod.dossier;

/**
 * The parts of a case that need-to-know is decided on separately (AVG art. 5(1)(c)): a partner invited for the
 * evicted person's shelter sees who he is, the team and the shelter; not the household he left, the grounds
 * of the order, the risk assessment or the screening of the children. What is not in any part is the case's
 * core, seen by everyone with the case in scope: its number, status, route in, the evicted person.
 */
public enum Onderdeel {
    /** Those staying behind, the children and other housemates, and the address they live at. */
    HUISHOUDEN,
    /** The police's test of the legal grounds (Wth 2(1)) with its reasons. */
    CRITERIA,
    RIHG, BESLUIT, DOCUMENTEN, OVERTREDINGEN, STRAFRECHT, INCIDENTEN,
    TEAM, CONTACTEN, SCREENING, ZORGOVERLEG, PLAN, VEILIGHEIDSPLAN, SYSTEEMGESPREK, OPVANG, ZORGADVIES,
    /** After the order: help funnel, problem inventory, time spent, monitoring, outcome. */
    NAZORG
}
