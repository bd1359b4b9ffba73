package nl.huisverbod.decision;

import nl.huisverbod.shared.Violations;

/**
 * When a correction is a correction: the wrong text stands in the beschikking it corrects, and the right text
 * differs from it as a slip of the pen does, in a few characters, not as other facts do. A change of substance
 * is a new decision or a withdrawal (Awb 3:46 and 4:8 apply to it in full), never a herstelbeschikking.
 */
final class HerstelRules {

    static final int MAX_LENGTH = 300;

    private HerstelRules() {
    }

    /** {@code correctedText}: the text of the beschikking being corrected, as printed. */
    static Violations check(Herstel c, String correctedText, Violations v) {
        v.require(c.vormfout() != null, "vormfout", "validation.required");
        v.requireText(c.onjuist(), "onjuist", MAX_LENGTH);
        v.requireText(c.juist(), "juist", MAX_LENGTH);
        if (!v.isEmpty() || correctedText == null) {
            return v;
        }
        String wrong = normalise(c.onjuist());
        String right = normalise(c.juist());
        v.require(!wrong.equals(right), "juist", "herstel.same");
        v.require(normalise(correctedText).contains(wrong), "onjuist", "herstel.notInBeschikking");
        v.require(isSlip(wrong, right), "juist", "herstel.substance");
        return v;
    }

    /** At most a third of the wrong text changes, and never more than 40 characters. */
    static boolean isSlip(String wrong, String right) {
        int allowed = Math.min(40, Math.max(3, wrong.length() / 3));
        return distance(wrong, right) <= allowed;
    }

    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
