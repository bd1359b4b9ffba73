package nl.huisverbod.demo;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.reference.Mandaat;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.reference.MunicipalityPolicy;
import org.springframework.stereotype.Component;

/** Creates the chain's organisations: every police unit, Veilig Thuis region and OM unit; some municipalities. */
@Component
class DemoOrganisations {

    private final Organisations organisations;
    private final Municipalities municipalities;

    DemoOrganisations(Organisations organisations, Municipalities municipalities) {
        this.organisations = organisations;
        this.municipalities = municipalities;
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
                municipalities.setPolicy(new MunicipalityPolicy(m.code(), mandaatOf(m.code()), "Veilig Thuis " + m.vtRegion()));
            }
        }
        organisations.create(OrganisationType.ZORGAANBIEDER, "Reclassering Noord", null, "reclassering@demo.huisverbod.example");
        organisations.create(OrganisationType.ZORGAANBIEDER, "Algemeen Maatschappelijk Werk Drenthe", null,
                "amw@demo.huisverbod.example");
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
