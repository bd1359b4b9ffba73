package nl.huisverbod.dossier;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A case as one user may see it: the case's core for whoever has it in scope, the household and the grounds
 * only for those whose parts include them ({@link Onderdeel#HUISHOUDEN}, {@link Onderdeel#CRITERIA}). Every view
 * of the case itself (page, API) is built from this, never from the {@link Dossier} directly.
 */
public record CaseView(Dossier dossier, Set<Onderdeel> zicht) {

    public CaseView {
        zicht = Set.copyOf(zicht);
    }

    public boolean sees(Onderdeel part) {
        return zicht.contains(part);
    }

    /** The evicted person for everyone with the case; the others of the household only with its part. */
    public List<Persoon> personen() {
        return dossier.personen().stream()
                .filter(p -> p.rol() == PersonRole.UITHUISGEPLAATSTE || sees(Onderdeel.HUISHOUDEN)).toList();
    }

    /** The address the household lives at, or null. */
    public Adres adres() {
        return sees(Onderdeel.HUISHOUDEN) ? dossier.adres() : null;
    }

    /** The entry criteria with their reasons, or null. */
    public Toetsingscriteria criteria() {
        return sees(Onderdeel.CRITERIA) ? dossier.criteria() : null;
    }

    List<UUID> personIds() {
        return personen().stream().map(Persoon::id).toList();
    }
}
