package nl.huisverbod.demo;

import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.huisverbod.care.Opvang;
import nl.huisverbod.deadlines.DeadlineKind;
import nl.huisverbod.deadlines.TermijnAfspraak;
import nl.huisverbod.deadlines.TermijnAfspraken;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.reference.Mandaat;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.reference.MunicipalityPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Creates the chain's organisations: every police unit, Veilig Thuis region and OM unit; some municipalities. */
@Component
class DemoOrganisations {

    /** Who set the demo agreements: the system itself, not a user. */
    static final UUID SYSTEM = new UUID(0, 0);
    private final Organisations organisations;
    private final Municipalities municipalities;
    private final TermijnAfspraken afspraken;
    private final Opvang opvang;
    private final boolean availabilityWindows;

    DemoOrganisations(Organisations organisations, Municipalities municipalities, TermijnAfspraken afspraken,
                      Opvang opvang, @Value("${huisverbod.demo.availability-windows:true}") boolean availabilityWindows) {
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.afspraken = afspraken;
        this.opvang = opvang;
        this.availabilityWindows = availabilityWindows;
    }

    void create() {
        Set<String> units = new LinkedHashSet<>();
        Set<String> vtRegions = new LinkedHashSet<>();
        for (Municipality m : municipalities.allCurrent()) {
            units.add(m.policeUnit());
            vtRegions.add(m.vtRegion());
        }
        units.forEach(u -> organisations.create(OrganisationType.POLITIE, "Politie eenheid " + u, u,
                "politie." + slug(u) + "@demo.huisverbod.example"));
        units.forEach(u -> organisations.create(OrganisationType.OM, "Openbaar Ministerie " + u, u,
                "om." + slug(u) + "@demo.huisverbod.example"));
        vtRegions.forEach(r -> organisations.create(OrganisationType.VEILIG_THUIS, "Veilig Thuis " + r, r,
                "vt." + slug(r) + "@demo.huisverbod.example"));
        // Drenthe's twelve municipalities (domain.md §12 example), plus Amsterdam for a second police unit.
        for (Municipality m : municipalities.allCurrent()) {
            if ("Drenthe".equals(m.province()) || "GM0363".equals(m.code())) {
                organisations.create(OrganisationType.GEMEENTE, "Gemeente " + m.name(), m.code(),
                        "gemeente." + slug(m.name()) + "@demo.huisverbod.example");
                // the letterhead's contact details are the municipality's to fill in; Assen's as an example
                municipalities.setPolicy(new MunicipalityPolicy(m.code(), mandaatOf(m.code()), "Veilig Thuis " + m.vtRegion(),
                        "GM0106".equals(m.code()) ? "Telefoon 14 0592 \u00b7 www.assen.nl" : null));
            }
        }
        organisations.create(OrganisationType.ZORGAANBIEDER, "Reclassering Noord", null, "reclassering@demo.huisverbod.example");
        organisations.create(OrganisationType.ZORGAANBIEDER, "Algemeen Maatschappelijk Werk Drenthe", null,
                "amw@demo.huisverbod.example");
        organisations.create(OrganisationType.ZORGAANBIEDER, "Jeugdbescherming Noord", null, "jeugd@demo.huisverbod.example");
        organisations.create(OrganisationType.ZORGAANBIEDER, "Crisisopvang Drenthe", null, "opvang@demo.huisverbod.example");
        // Veilig Thuis Drenthe is staffed 08:00-22:00; at night its crisis service takes new work (domain.md §7)
        Organisation crisis = organisations.createCrisisService(OrganisationType.VEILIG_THUIS,
                "Crisisdienst Veilig Thuis Drenthe", "Drenthe", "crisisdienst.drenthe@demo.huisverbod.example");
        if (availabilityWindows) {
            organisations.setAvailability(one(OrganisationType.VEILIG_THUIS, "Drenthe").id(), LocalTime.of(8, 0),
                    LocalTime.of(22, 0), crisis.id());
        }
        opvang.seedBeds("Drenthe", 4);
        // Amstelveen and Aalsmeer agreed no fixed time limits for the help (domain.md §7)
        for (String code : List.of("GM0362", "GM0358")) {
            for (DeadlineKind kind : TermijnAfspraken.agreedKinds()) {
                afspraken.seed(TermijnAfspraak.Scope.GEMEENTE, code, kind, false, kind.standaard(), SYSTEM);
            }
        }
        organisations.create(OrganisationType.ONDERZOEK, "Onderzoeksbureau (demo)", null, null);
        organisations.create(OrganisationType.BEHEER, "Functioneel beheer ketensysteem", null, null);
    }

    /** Emmen decides with a signing mandate and Hoogeveen without one, so every variant of Wth 3 can be tried. */
    private static Mandaat mandaatOf(String code) {
        return switch (code) {
            case "GM0114" -> Mandaat.ONDERTEKENING;
            case "GM0118" -> Mandaat.GEEN;
            default -> Mandaat.VOLLEDIG;
        };
    }

    Organisation one(OrganisationType type, String scope) {
        return organisations.serving(type, scope).get(0);
    }

    Organisation named(OrganisationType type, String name) {
        return organisations.ofType(type).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    static String slug(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]+", "-")
                .toLowerCase().replaceAll("(^-|-$)", "");
    }
}
