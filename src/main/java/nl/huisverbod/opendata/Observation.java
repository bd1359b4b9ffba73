package nl.huisverbod.opendata;

/**
 * One number of an open table, in the manner of a StatLine observation: a measure ({@code maat}) of an area
 * at its level in a year (in a table by category, for one category: {@code categorie}, a deadline's kind or a
 * role, empty otherwise), and its status: {@code WAARDE} with the value, or why there is none:
 * {@code ONDERDRUKT} (disclosure control), {@code GEEN_WAARDE} (no denominator, e.g. no population figure),
 * {@code GEEN_TOESTEMMING} (no municipality of the area consented), {@code GEEN_GEGEVENS} (no source reports
 * on the area). A share is a fraction from 0 to 1.
 */
record Observation(int id, String maat, String niveau, String gebied, String gebiedsnaam, String periode,
                   String categorie, Double waarde, String status) {

    static final String VALUE = "WAARDE";
    static final String SUPPRESSED = "ONDERDRUKT";
    static final String NO_VALUE = "GEEN_WAARDE";
}
