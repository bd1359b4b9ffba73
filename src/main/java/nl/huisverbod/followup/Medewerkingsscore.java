package nl.huisverbod.followup;

/**
 * The cooperation score of a referral (domain.md §9): 1 refused, 2 accepted but not started, 3 started but
 * insufficient, 4 started and sufficient, 5 completed. 1–3 count as insufficient, 4–5 as sufficient.
 */
public final class Medewerkingsscore {

    private Medewerkingsscore() {
    }

    /** Whether the score can be given to a referral that reached these steps of the funnel. */
    public static boolean pastBij(int score, boolean geaccepteerd, boolean gestart, boolean afgerond) {
        return switch (score) {
            case 1 -> !geaccepteerd;
            case 2 -> geaccepteerd && !gestart;
            case 3, 4 -> gestart;
            case 5 -> afgerond;
            default -> false;
        };
    }

    public static boolean voldoende(int score) {
        return score >= 4;
    }
}
