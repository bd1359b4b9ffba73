package nl.huisverbod.care;

import java.util.List;
import java.util.Set;
import nl.huisverbod.dossier.PersonRole;

/**
 * A screening form as data (domain.md §6): shipped in {@code resources/forms}, and a region can add its own
 * in the folder {@code huisverbod.forms.dir} without a new release.
 */
public record Formulier(String code, String versie, String titel, Set<PersonRole> voor, List<Onderwerp> onderwerpen) {

    public record Onderwerp(String code, String titel, Type type, boolean verplicht, List<String> opties) {
    }

    public enum Type { TEKST, KEUZE }
}
