package nl.huisverbod.care;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The coordinator's advice on extension (domain.md §4 step 8, §6): the course of the order, the safety
 * agreements, whether help has started, whether the threat decreased, and extend yes or no. Partners who
 * disagree keep their own view beside it ({@link Zienswijze}).
 */
public record Zorgadvies(String verloop, String veiligheidsafspraken, String hulpGestart, Dreiging dreigingAfgenomen,
                         boolean adviesVerlengen, String toelichting, Instant uitgebrachtOp, String uitgebrachtDoor,
                         List<Zienswijze> zienswijzen) {

    public enum Dreiging { JA, NEE, ONBEKEND }

    /** A partner's own view on extension, kept even when it differs from the advice. */
    public record Zienswijze(UUID id, String organisatie, boolean adviesVerlengen, String toelichting, Instant op,
                             String door) {
    }

    /** How many partners advise otherwise than the coordinator (their dissent is kept, domain.md §6). */
    public long afwijkend() {
        return zienswijzen.stream().filter(z -> z.adviesVerlengen() != adviesVerlengen).count();
    }
}
