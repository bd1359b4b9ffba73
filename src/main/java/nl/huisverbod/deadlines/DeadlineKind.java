package nl.huisverbod.deadlines;

import java.time.Duration;
import nl.huisverbod.identity.OrganisationType;

/**
 * The deadlines this module tracks so far, with the rule that sets them (domain.md §7). Legal ones are fixed
 * by law; agreed ones (issue "the ten days") will be configurable per region.
 */
public enum DeadlineKind {
    /** Wth 2(7): after an oral notice the written beschikking follows as soon as possible; flagged after 24 h. */
    SCHRIFTELIJKE_BESCHIKKING(true, Duration.ofHours(24), OrganisationType.POLITIE),
    /** Wth 2(6): the evicted person states where he can be reached within 24 h of the order. */
    BEREIKBAARHEID(true, Duration.ofHours(24), OrganisationType.GEMEENTE),
    /** Wth 5(1): a lawyer assists within 24 h of the evicted person's wish. */
    ADVOCAAT(true, Duration.ofHours(24), OrganisationType.GEMEENTE),
    /** Wth 6: the court hears a request for interim relief within three days. */
    ZITTING_VOORLOPIGE_VOORZIENING(true, Duration.ofDays(3), OrganisationType.GEMEENTE);

    private final boolean legal;
    private final Duration duration;
    private final OrganisationType owner;

    DeadlineKind(boolean legal, Duration duration, OrganisationType owner) {
        this.legal = legal;
        this.duration = duration;
        this.owner = owner;
    }

    public boolean legal() {
        return legal;
    }

    public Duration duration() {
        return duration;
    }

    /** The kind of organisation that must act; the case's scope picks which one. */
    public OrganisationType owner() {
        return owner;
    }
}
