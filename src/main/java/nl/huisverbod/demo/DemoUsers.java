package nl.huisverbod.demo;

import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Role;
import nl.huisverbod.identity.SecondFactors;
import nl.huisverbod.identity.UserAccount;
import nl.huisverbod.identity.Users;
import org.springframework.stereotype.Component;

/** One demo user for every role (and a few more to show mandates and need-to-know). */
@Component
class DemoUsers {

    record DemoUser(String username, String name, Role role, String organisation) {
    }

    /**
     * The authenticator-app key of the demo mayor who logs in with a second factor (Base32, as an app takes it;
     * README). Public on purpose: it is demo data.
     */
    static final String SECOND_FACTOR_SECRET = "HUISVERBODDEMOTWEESTAPSVERIFICAT";

    private final Users users;
    private final DemoOrganisations orgs;
    private final SecondFactors secondFactors;

    DemoUsers(Users users, DemoOrganisations orgs, SecondFactors secondFactors) {
        this.users = users;
        this.orgs = orgs;
        this.secondFactors = secondFactors;
    }

    List<DemoUser> create(String password) {
        List<DemoUser> created = new ArrayList<>();
        add(created, password, "hovj", "Jan de Vries (HOvJ)", Role.HOVJ, orgs.one(OrganisationType.POLITIE, "Noord-Nederland"));
        add(created, password, "agent", "Sanne Bakker (noodhulp)", Role.POLITIE, orgs.one(OrganisationType.POLITIE, "Noord-Nederland"));
        add(created, password, "burgemeester.assen", "M. Jansen (burgemeester Assen)", Role.BURGEMEESTER,
                orgs.one(OrganisationType.GEMEENTE, "GM0106"));
        add(created, password, "jurist.assen", "Fatima El Amrani (jurist Assen)", Role.GEMEENTE_JURIST,
                orgs.one(OrganisationType.GEMEENTE, "GM0106"));
        add(created, password, "burgemeester.emmen", "E. Smit (burgemeester Emmen)", Role.BURGEMEESTER,
                orgs.one(OrganisationType.GEMEENTE, "GM0114"));
        add(created, password, "burgemeester.hoogeveen", "K. Mulder (burgemeester Hoogeveen)", Role.BURGEMEESTER,
                orgs.one(OrganisationType.GEMEENTE, "GM0118"));
        add(created, password, "vt.drenthe", "Lotte Visser (Veilig Thuis Drenthe)", Role.VT_COORDINATOR,
                orgs.one(OrganisationType.VEILIG_THUIS, "Drenthe"));
        add(created, password, "reclassering", "Peter de Boer (reclassering)", Role.ZORGPROFESSIONAL,
                orgs.named(OrganisationType.ZORGAANBIEDER, "Reclassering Noord"));
        add(created, password, "vt.hulpverlener", "Joris Kok (hulpverlener Veilig Thuis Drenthe)", Role.VT_COORDINATOR,
                orgs.one(OrganisationType.VEILIG_THUIS, "Drenthe"));
        add(created, password, "vt.crisis", "Noah Dijkstra (crisisdienst Veilig Thuis Drenthe)", Role.VT_COORDINATOR,
                orgs.named(OrganisationType.VEILIG_THUIS, "Crisisdienst Veilig Thuis Drenthe"));
        add(created, password, "amw", "Mirjam Bos (maatschappelijk werk)", Role.ZORGPROFESSIONAL,
                orgs.named(OrganisationType.ZORGAANBIEDER, "Algemeen Maatschappelijk Werk Drenthe"));
        add(created, password, "jeugd", "Sevda Yilmaz (gezinsmanager)", Role.ZORGPROFESSIONAL,
                orgs.named(OrganisationType.ZORGAANBIEDER, "Jeugdbescherming Noord"));
        add(created, password, "opvang", "Henk Post (crisisopvang)", Role.ZORGPROFESSIONAL,
                orgs.named(OrganisationType.ZORGAANBIEDER, "Crisisopvang Drenthe"));
        add(created, password, "om.noord", "Anouk Peters (OM)", Role.OM_OFFICIER, orgs.one(OrganisationType.OM, "Noord-Nederland"));
        add(created, password, "onderzoeker", "Dr. R. Hendriks (onderzoeker)", Role.ONDERZOEKER,
                orgs.named(OrganisationType.ONDERZOEK, "Onderzoeksbureau (demo)"));
        add(created, password, "beheerder", "Chris Willems (functioneel beheer)", Role.FUNCTIONEEL_BEHEERDER,
                orgs.named(OrganisationType.BEHEER, "Functioneel beheer ketensysteem"));
        add(created, password, "hovj.amsterdam", "Eva de Graaf (HOvJ Amsterdam)", Role.HOVJ,
                orgs.one(OrganisationType.POLITIE, "Amsterdam"));
        // the mayor deciding from home logs in with a second factor (an authenticator app)
        var tynaarlo = add(created, password, "burgemeester.tynaarlo", "J. Hoekstra (burgemeester Tynaarlo)",
                Role.BURGEMEESTER, orgs.one(OrganisationType.GEMEENTE, "GM1730"));
        secondFactors.enrol(tynaarlo.id(), tynaarlo.username(), SECOND_FACTOR_SECRET);
        return created;
    }

    private UserAccount add(List<DemoUser> list, String password, String username, String name, Role role,
                            Organisation org) {
        UserAccount account = users.create(username, name, password, org, role, username + "@demo.huisverbod.example");
        list.add(new DemoUser(username, name, role, org.name()));
        return account;
    }
}
