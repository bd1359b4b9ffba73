package nl.huisverbod.enforcement;

import java.time.Instant;
import java.util.UUID;

/** A legal remedy against the order (Wth 6): interim relief, appeal or higher appeal, and how it went. */
public record Rechtsmiddel(UUID id, int version, UUID dossierId, Soort soort, Instant ingediendOp, Instant zittingOp,
                           Boolean minderjarigenGehoord, String redenNietGehoord, Instant uitspraakOp, Uitkomst uitkomst,
                           String toelichting) {

    public enum Soort { VOORLOPIGE_VOORZIENING, BEROEP, HOGER_BEROEP }

    /** GESCHORST and VERNIETIGD end the order (Wth 6). */
    public enum Uitkomst {
        AFGEWEZEN, GESCHORST, VERNIETIGD, NIET_ONTVANKELIJK, INGETROKKEN;

        public boolean endsTheOrder() {
            return this == GESCHORST || this == VERNIETIGD;
        }
    }
}
