package nl.huisverbod.shared;

import java.util.regex.Pattern;

/** A Dutch postcode, written the one way the system stores and compares it: "9401 AB". */
public final class Postcode {

    private static final Pattern FORMAT = Pattern.compile("^[1-9][0-9]{3} ?[A-Za-z]{2}$");

    private Postcode() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate.trim()).matches();
    }

    /** "9401ab", "9401 AB" → "9401 AB"; anything else is returned trimmed, as given. */
    public static String normalise(String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replace(" ", "").trim().toUpperCase();
        return isValid(postcode) ? compact.substring(0, 4) + " " + compact.substring(4) : postcode.trim();
    }
}
