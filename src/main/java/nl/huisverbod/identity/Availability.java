package nl.huisverbod.identity;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The functional administrator maintains when organisations take new work and which crisis service covers
 * the rest of the day (domain.md §7: e.g. Veilig Thuis 08:00–22:00).
 */
@Service
public class Availability {

    private final Organisations organisations;
    private final CurrentUserProvider currentUser;

    Availability(Organisations organisations, CurrentUserProvider currentUser) {
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** The Veilig Thuis organisations with their windows, and the crisis services that can cover them. */
    public List<Organisation> veiligThuis() {
        requireAdministrator();
        return organisations.ofType(OrganisationType.VEILIG_THUIS).stream().filter(o -> !o.crisisService()).toList();
    }

    public List<Organisation> crisisServices() {
        requireAdministrator();
        return organisations.ofType(OrganisationType.VEILIG_THUIS).stream().filter(Organisation::crisisService).toList();
    }

    /** Sets (or, with no times, removes) the window; outside it the crisis service takes new work. */
    @Transactional
    public Organisation set(UUID organisationId, LocalTime from, LocalTime until, UUID crisisServiceId) {
        requireAdministrator();
        Organisation org = organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisatie"));
        var v = new Violations();
        v.require((from == null) == (until == null), from == null ? "van" : "tot", "validation.required");
        v.require(from == null || !from.equals(until), "tot", "availability.emptyWindow");
        if (from != null) {
            v.require(crisisServiceId != null && organisations.find(crisisServiceId).filter(Organisation::crisisService)
                    .isPresent(), "crisisdienst", "availability.crisisRequired");
        }
        v.throwIfAny();
        organisations.setAvailability(org.id(), from, until, from == null ? null : crisisServiceId);
        return organisations.find(org.id()).orElseThrow();
    }

    private void requireAdministrator() {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("only the functional administrator sets availability");
        }
    }
}
