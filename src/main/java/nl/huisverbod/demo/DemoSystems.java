package nl.huisverbod.demo;

import java.util.List;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import nl.huisverbod.identity.SystemClients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo client systems of three organisations, which get bearer tokens from the embedded authorisation server
 * with the client-credentials grant (README, "REST API").
 */
@Component
class DemoSystems {

    record DemoSystem(String clientId, Role role, String organisation) {
    }

    private final SystemClients systems;
    private final DemoOrganisations orgs;

    DemoSystems(SystemClients systems, DemoOrganisations orgs) {
        this.systems = systems;
        this.orgs = orgs;
    }

    /** Registers the demo systems that are not there yet (also in a demo database made before they existed). */
    @Transactional
    List<DemoSystem> createMissing(String secret) {
        List<DemoSystem> all = List.of(
                new DemoSystem("systeem.politie-noord-nederland", Role.POLITIE, "Noord-Nederland"),
                new DemoSystem("systeem.veilig-thuis-drenthe", Role.VT_COORDINATOR, "Drenthe"),
                new DemoSystem("systeem.gemeente-assen", Role.GEMEENTE_JURIST, "GM0106"));
        for (DemoSystem s : all) {
            if (!systems.exists(s.clientId())) {
                systems.register(s.clientId(), "Zaaksysteem (" + s.clientId() + ")", secret,
                        orgs.one(s.role().organisationType(), s.organisation()), s.role());
            }
        }
        return all;
    }
}
