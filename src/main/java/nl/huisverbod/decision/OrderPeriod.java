package nl.huisverbod.decision;

import java.time.Instant;

/**
 * When an order runs and whether it still does: what everyone on the help file works to, whatever part of the
 * case they see. No personal data and no grounds, so it is shown without the order itself.
 */
public record OrderPeriod(Instant imposedAt, Instant endsAt, HuisverbodStatus status, Instant extendedAt) {

    static OrderPeriod of(Huisverbod h) {
        return new OrderPeriod(h.imposedAt(), h.endsAt(), h.status(), h.extendedAt());
    }

    /** Running and extended (Wth 9): still OPGELEGD, but people must not read "imposed" for 28 days. */
    public boolean extended() {
        return extendedAt != null;
    }

    /** The day of the order {@code now} falls on, from 1: the 10 (or up to 28) days run at the imposing clock time. */
    public long day(Instant now) {
        return java.time.Duration.between(imposedAt, now).toDays() + 1;
    }

    /** How many days the order runs for: 10, or up to 28 when extended. */
    public long days() {
        return java.time.Duration.between(imposedAt, endsAt).toDays();
    }

    public boolean runningAt(Instant now) {
        return status == HuisverbodStatus.OPGELEGD && !now.isBefore(imposedAt) && now.isBefore(endsAt);
    }
}
