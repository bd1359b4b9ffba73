package nl.huisverbod.decision;

import java.time.Instant;

/**
 * When an order runs and whether it still does: what everyone on the help file works to, whatever part of the
 * case they see. No personal data and no grounds, so it is shown without the order itself.
 */
public record OrderPeriod(Instant imposedAt, Instant endsAt, HuisverbodStatus status) {

    static OrderPeriod of(Huisverbod h) {
        return new OrderPeriod(h.imposedAt(), h.endsAt(), h.status());
    }

    public boolean runningAt(Instant now) {
        return status == HuisverbodStatus.OPGELEGD && !now.isBefore(imposedAt) && now.isBefore(endsAt);
    }
}
