package nl.huisverbod.identity;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import nl.huisverbod.shared.LegalTime;

/**
 * An organisation in the chain. {@code scopeCode} is explained at {@link OrganisationType}. An availability
 * window (e.g. Veilig Thuis 08:00–22:00, domain.md §7) says when it takes new work; outside it, work goes to
 * its crisis service. A window may run past midnight (22:00–08:00). No window: always available.
 */
public record Organisation(UUID id, OrganisationType type, String name, String scopeCode, String email,
                           LocalTime availableFrom, LocalTime availableUntil, UUID crisisServiceId,
                           boolean crisisService) {

    public Organisation(UUID id, OrganisationType type, String name, String scopeCode, String email) {
        this(id, type, name, scopeCode, email, null, null, null, false);
    }

    public boolean alwaysAvailable() {
        return availableFrom == null || availableUntil == null;
    }

    public boolean availableAt(Instant moment) {
        if (alwaysAvailable()) {
            return true;
        }
        LocalTime t = LegalTime.local(moment).toLocalTime();
        return availableFrom.isBefore(availableUntil)
                ? !t.isBefore(availableFrom) && t.isBefore(availableUntil)
                : !t.isBefore(availableFrom) || t.isBefore(availableUntil);
    }

    /** The first moment from {@code moment} on at which the organisation is available. */
    public Instant nextAvailable(Instant moment) {
        if (availableAt(moment)) {
            return moment;
        }
        var local = LegalTime.local(moment);
        var opening = local.with(availableFrom);
        if (!opening.isAfter(local)) {
            opening = opening.plusDays(1);
        }
        return opening.toInstant();
    }
}
