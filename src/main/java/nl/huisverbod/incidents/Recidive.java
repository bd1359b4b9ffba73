package nl.huisverbod.incidents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Repeat violence as domain.md §11 defines it, counted per case (household): new incidents involving the
 * evicted person or a person staying behind, after the original incident and within the window (12, 18 or
 * 24 months), stalking excluded, from the police only or from all sources.
 * <ul>
 * <li>presence: share of cases with at least one new incident;</li>
 * <li>size: mean number of new incidents per case, all cases in the denominator;</li>
 * <li>speed: mean days from the original incident to the first new one, over the cases that have one.</li>
 * </ul>
 * A case whose window has not passed yet cannot show its full count: it is left out of a set and counted as
 * such.
 */
public final class Recidive {

    public static final List<Integer> WINDOWS = List.of(12, 18, 24);

    private Recidive() {
    }

    public enum Bronnen { POLITIE, ALLE }

    /** One case: the date of the original incident and the incidents that count (§11: person, not stalking). */
    public record Casus(LocalDate origineel, List<Nieuw> incidenten) {
    }

    public record Nieuw(LocalDate datum, Incident.Bron bron) {
    }

    /** One case's result: new incidents in the window, days to the first, and whether the window has passed. */
    public record CasusUitkomst(int nieuweIncidenten, Long dagenTotEerste, boolean vensterVerstreken) {
    }

    /** A set's result, with its n and the cases left out because their window has not passed. */
    public record Uitkomst(int n, int uitgesloten, int metHerhaling, double aanwezigheid, double omvang,
                           Double snelheidDagen) {
    }

    public static CasusUitkomst perCasus(Casus c, int maanden, Bronnen bronnen, LocalDate vandaag) {
        LocalDate einde = c.origineel().plusMonths(maanden);
        List<LocalDate> nieuw = c.incidenten().stream()
                .filter(i -> bronnen == Bronnen.ALLE || i.bron() == Incident.Bron.POLITIE)
                .map(Nieuw::datum)
                .filter(d -> d.isAfter(c.origineel()) && !d.isAfter(einde))
                .sorted().toList();
        Long dagen = nieuw.isEmpty() ? null : ChronoUnit.DAYS.between(c.origineel(), nieuw.get(0));
        return new CasusUitkomst(nieuw.size(), dagen, !einde.isAfter(vandaag));
    }

    public static Uitkomst bereken(List<Casus> cases, int maanden, Bronnen bronnen, LocalDate vandaag) {
        if (!WINDOWS.contains(maanden)) {
            throw new IllegalArgumentException("window must be 12, 18 or 24 months");
        }
        int n = 0;
        int uitgesloten = 0;
        int met = 0;
        long totaal = 0;
        long dagen = 0;
        for (Casus c : cases) {
            CasusUitkomst u = perCasus(c, maanden, bronnen, vandaag);
            if (!u.vensterVerstreken()) {
                uitgesloten++;
                continue;
            }
            n++;
            totaal += u.nieuweIncidenten();
            if (u.dagenTotEerste() != null) {
                met++;
                dagen += u.dagenTotEerste();
            }
        }
        return new Uitkomst(n, uitgesloten, met, n == 0 ? 0 : (double) met / n, n == 0 ? 0 : (double) totaal / n,
                met == 0 ? null : (double) dagen / met);
    }
}
