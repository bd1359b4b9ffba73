package nl.huisverbod.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.huisverbod.figures.Figuur;
import nl.huisverbod.figures.Tabel;

/**
 * The tables published as open data: figures of domain.md §12 per year, known by the figure's key so that the
 * open table and the dashboard's table are visibly the same. Each lists the measures it publishes and the
 * notes that say what is counted, and whether it is by category (a deadline's kind, a role), as its
 * dashboard shows it.
 */
enum OpenDataTable {

    AANTALLEN(Figuur.AANTALLEN, List.of(new Measure("rihgs", Tabel.Soort.AANTAL),
            new Measure("huisverboden", Tabel.Soort.AANTAL), new Measure("conversie", Tabel.Soort.AANDEEL)),
            List.of("figures.note.conversion"), false),
    COHORT(Figuur.COHORT, List.of(new Measure("huisverboden", Tabel.Soort.AANTAL),
            new Measure("verlengd", Tabel.Soort.AANDEEL), new Measure("ingetrokken", Tabel.Soort.AANDEEL),
            new Measure("overtreden", Tabel.Soort.AANDEEL), new Measure("vernietigd", Tabel.Soort.AANDEEL),
            new Measure("met_kinderen", Tabel.Soort.AANDEEL), new Measure("samenloop", Tabel.Soort.AANDEEL),
            new Measure("opvang", Tabel.Soort.AANDEEL), new Measure("voorlopige_voorziening", Tabel.Soort.AANDEEL),
            new Measure("beroep", Tabel.Soort.AANDEEL), new Measure("advocaat", Tabel.Soort.AANDEEL)),
            List.of("figures.note.cohort"), false),
    PER_INWONERS(Figuur.PER_INWONERS, List.of(new Measure("huisverboden_per_100000", Tabel.Soort.VERHOUDING),
            new Measure("rihgs_per_100000", Tabel.Soort.VERHOUDING)),
            List.of("figures.note.population"), false),
    TIJDIGHEID(Figuur.TIJDIGHEID, List.of(new Measure("termijnen", Tabel.Soort.AANTAL),
            new Measure("gehaald", Tabel.Soort.AANDEEL), new Measure("mediaan_uren", Tabel.Soort.WAARDE),
            new Measure("p90_uren", Tabel.Soort.WAARDE)), List.of("figures.note.timeliness"), true),
    EERSTE_CONTACT(Figuur.EERSTE_CONTACT, List.of(new Measure("huisverboden", Tabel.Soort.AANTAL),
            new Measure("binnen_24_uur", Tabel.Soort.AANDEEL), new Measure("uur_24_48", Tabel.Soort.AANDEEL),
            new Measure("uur_48_72", Tabel.Soort.AANDEEL), new Measure("uur_72_96", Tabel.Soort.AANDEEL),
            new Measure("vanaf_96_uur", Tabel.Soort.AANDEEL), new Measure("geen_of_onbekend", Tabel.Soort.AANDEEL)),
            List.of("figures.note.firstContact"), true),
    TRECHTER(Figuur.TRECHTER, List.of(new Measure("trajecten", Tabel.Soort.AANTAL),
            new Measure("aangeboden", Tabel.Soort.AANDEEL), new Measure("geaccepteerd", Tabel.Soort.AANDEEL),
            new Measure("gestart", Tabel.Soort.AANDEEL), new Measure("afgerond", Tabel.Soort.AANDEEL),
            new Measure("voldoende", Tabel.Soort.AANDEEL)), List.of("figures.note.funnel"), true);

    /** A published column of the figure: its key in the figure and in the open table, and its kind. */
    record Measure(String key, Tabel.Soort kind) {
    }

    final Figuur figure;
    final List<Measure> measures;
    final List<String> noteKeys;
    /** Whether its rows are per category (a deadline's kind, a role): its observations name the category. */
    final boolean byCategory;

    OpenDataTable(Figuur figure, List<Measure> measures, List<String> noteKeys, boolean byCategory) {
        this.figure = figure;
        this.measures = measures;
        this.noteKeys = noteKeys;
        this.byCategory = byCategory;
    }

    String key() {
        return figure.sleutel;
    }

    boolean publishes(String measure) {
        return measures.stream().anyMatch(m -> m.key().equals(measure));
    }

    static Optional<OpenDataTable> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
