package nl.huisverbod.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One person's referral to one programme: the funnel offered → accepted → started → completed (domain.md §9),
 * the cooperation score (1 refused, 2 accepted not started, 3 started insufficient, 4 started sufficient,
 * 5 completed), the step at which it stopped and why, and whether the hand-over was warm. A referral that was
 * needed but never offered has no offer date and stopped at the offer, with the reason.
 */
public record Verwijzing(UUID id, int version, UUID persoonId, String programma, LocalDate aangebodenOp,
                         LocalDate geaccepteerdOp, LocalDate gestartOp, LocalDate afgerondOp, boolean startVerwacht,
                         boolean warmeOverdracht, Integer medewerking, Stap uitvalStap, String uitvalReden) {

    public enum Stap { AANBOD, ACCEPTATIE, START, AFRONDING }

    /**
     * §9: a referral succeeded when the intake took place, or the referral was made and the start is expected.
     */
    public boolean geslaagd() {
        return gestartOp != null || (uitvalStap == null && startVerwacht);
    }

    /** Scores 4 and 5 count as sufficient, 1 to 3 as insufficient (§9). */
    public Boolean voldoende() {
        return medewerking == null ? null : medewerking >= 4;
    }

    /** Days from the offer to the start (the waiting time), when it started. */
    public Long wachttijdDagen() {
        return gestartOp == null || aangebodenOp == null ? null : ChronoUnit.DAYS.between(aangebodenOp, gestartOp);
    }
}
