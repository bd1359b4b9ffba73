package nl.huisverbod.dossier;

import java.time.LocalDate;
import java.util.List;
import nl.huisverbod.shared.Bsn;
import nl.huisverbod.shared.Violations;

/** Checks a registration command completely, so that every problem is reported at once. */
final class RegistrationRules {


    private RegistrationRules() {
    }

    static Violations check(RegistrationCommand c, LocalDate today) {
        var v = new Violations();
        v.require(c.entryRoute() != null, "entryRoute", "validation.required");
        if (c.entryRoute() == EntryRoute.POLITIE_INCIDENT) {
            v.requireText(c.incidentNummer(), "incidentNummer", 50);
        } else {
            v.optionalText(c.incidentNummer(), "incidentNummer", 50);
        }
        v.require(c.arrest() != null, "arrest", "validation.required");
        v.requireText(c.straat(), "straat", 200);
        v.requireText(c.huisnummer(), "huisnummer", 20);
        if (c.postcode() == null || c.postcode().isBlank()) {
            v.add("postcode", "validation.required");
        } else if (!nl.huisverbod.shared.Postcode.isValid(c.postcode())) {
            v.add("postcode", "dossier.postcode.invalid");
        }
        v.requireText(c.woonplaats(), "woonplaats", 100);
        checkPersons(c.personen() == null ? List.of() : c.personen(), today, v);
        return v;
    }

    private static void checkPersons(List<PersoonInput> persons, LocalDate today, Violations v) {
        List<PersoonInput> entered = persons.stream().filter(p -> p != null && !p.isEmpty()).toList();
        long evicted = entered.stream().filter(p -> p.rol() == PersonRole.UITHUISGEPLAATSTE).count();
        if (evicted != 1) {
            v.add("personen", "dossier.personen.oneEvicted");
        }
        if (entered.stream().noneMatch(p -> p.rol() != null && p.rol().isProtected())) {
            v.add("personen", "dossier.personen.needProtected");
        }
        for (int i = 0; i < persons.size(); i++) {
            PersoonInput p = persons.get(i);
            if (p == null || p.isEmpty()) {
                continue;
            }
            String f = "personen[" + i + "].";
            v.require(p.rol() != null, f + "rol", "validation.required");
            v.requireText(p.voornamen(), f + "voornamen", 200);
            v.requireText(p.achternaam(), f + "achternaam", 200);
            v.require(p.relatie() != null, f + "relatie", "validation.required");
            if (p.geboortedatum() == null) {
                v.add(f + "geboortedatum", "validation.required");
            } else if (p.geboortedatum().isAfter(today)) {
                v.add(f + "geboortedatum", "dossier.geboortedatum.future");
            } else if (p.geboortedatum().isBefore(LocalDate.of(1900, 1, 1))) {
                v.add(f + "geboortedatum", "dossier.geboortedatum.tooOld");
            } else if (p.rol() == PersonRole.KIND && !p.geboortedatum().plusYears(18).isAfter(today)) {
                v.add(f + "geboortedatum", "dossier.kind.notMinor");
            }
            if (p.bsn() != null && !p.bsn().isBlank() && !Bsn.isValid(Bsn.normalise(p.bsn()))) {
                v.add(f + "bsn", "dossier.bsn.invalid");
            }
            if (p.rol() == PersonRole.UITHUISGEPLAATSTE && p.relatie() != null && p.relatie() != Relatie.ZELF) {
                v.add(f + "relatie", "dossier.relatie.evictedIsSelf");
            }
        }
    }

    static String normalisePostcode(String postcode) {
        return nl.huisverbod.shared.Postcode.normalise(postcode);
    }
}
