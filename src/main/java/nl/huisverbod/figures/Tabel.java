package nl.huisverbod.figures;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A figure as a table: one row per area, period and (for some figures) category; one cell per column. Every
 * cell carries its n; a suppressed cell carries neither value nor count, only the fact that it was suppressed.
 */
public record Tabel(String figuur, Niveau niveau, Periode periode, LocalDate van, LocalDate tot, int drempel,
                    List<Kolom> kolommen, List<Rij> rijen, List<String> toelichting) {

    /** How a column's value comes about, which also decides how it is suppressed. */
    public enum Soort {
        /** a count; n is the count itself */
        AANTAL,
        /** a share 0..1 of n */
        AANDEEL,
        /** a ratio such as orders per 100,000 inhabitants or per RiHG: aantal / n × factor */
        VERHOUDING,
        /** a statistic over n cases (median, 90th percentile, mean) */
        WAARDE
    }

    public record Kolom(String sleutel, Soort soort) {
    }

    /**
     * Whether a row's numbers count: a 0 is a 0 only where they do. A municipality that did not consent, or an
     * area the source has no cases for (it reports on other Veilig Thuis regions), has its row with no numbers
     * and says which (issue 13, finding 2).
     */
    public enum Status { TELT, GEEN_TOESTEMMING, GEEN_GEGEVENS }

    public record Rij(String gebied, String naam, String periode, String categorie, List<Cel> cellen,
                      Status status) {
    }

    /**
     * This table of the whole range as one period, its cells hidden where a cell of the same area, category and
     * column is hidden in {@code jaren}, the same figure by year over the same whole years (issue 13): the whole
     * is then the sum of years that are shown, and tells nothing they do not, whatever range it is asked for.
     */
    Tabel verborgenWaarEenJaarIs(Tabel jaren) {
        Set<String> verborgen = new HashSet<>();
        for (Rij r : jaren.rijen()) {
            for (int c = 0; c < r.cellen().size(); c++) {
                if (r.cellen().get(c).onderdrukt()) {
                    verborgen.add(r.gebied() + "|" + r.categorie() + "|" + c);
                }
            }
        }
        List<Rij> rijen = this.rijen.stream().map(r -> new Rij(r.gebied(), r.naam(), r.periode(), r.categorie(),
                IntStream.range(0, r.cellen().size()).mapToObj(c -> verborgen.contains(
                        r.gebied() + "|" + r.categorie() + "|" + c) ? Cel.ONDERDRUKT : r.cellen().get(c)).toList(),
                r.status())).toList();
        return new Tabel(figuur, niveau, periode, van, tot, drempel, kolommen, rijen, toelichting);
    }

    /** {@code aantal} is the numerator (or the count), {@code n} the denominator the value is taken over. */
    public record Cel(Long aantal, Long n, Double waarde, boolean onderdrukt) {

        static final Cel ONDERDRUKT = new Cel(null, null, null, true);
        static final Cel LEEG = new Cel(null, null, null, false);
    }
}
