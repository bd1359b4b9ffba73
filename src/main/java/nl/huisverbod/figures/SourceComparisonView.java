package nl.huisverbod.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.huisverbod.platform.PageOf;

/**
 * The source comparison as people read it (issue 12: one page of 1,350 rows with the explanation in the source
 * column): only the municipalities asked for ({@code zoek} in name or code; {@code verschil=ja} only those whose
 * sources differ or need an explanation), sorted by name or by the largest difference in orders, 25 to a page.
 * The downloads keep the whole comparison.
 */
record SourceComparisonView(List<Bronvergelijking.Rij> rows, int page, int pages, int total, String zoek,
                            boolean onlyDifferences, String sort) {

    static final int PAGE_SIZE = 25;

    static SourceComparisonView of(Bronvergelijking.Resultaat result, Map<String, String> params) {
        String zoek = params.getOrDefault("zoek", "").strip();
        String query = zoek.toLowerCase(Locale.ROOT);
        boolean onlyDifferences = "ja".equals(params.get("verschil"));
        String sort = "verschil".equals(params.get("sorteer")) ? "verschil" : "naam";
        List<Bronvergelijking.Rij> rows = result.rijen().stream()
                .filter(r -> query.isEmpty() || r.naam().toLowerCase(Locale.ROOT).contains(query)
                        || r.gemeenteCode().toLowerCase(Locale.ROOT).contains(query))
                .filter(r -> !onlyDifferences || differs(r))
                .sorted(sort.equals("verschil")
                        ? Comparator.comparingLong(SourceComparisonView::orderDifference).reversed()
                                .thenComparing(Bronvergelijking.Rij::naam)
                        : Comparator.comparing(Bronvergelijking.Rij::naam))
                .toList();
        PageOf<Bronvergelijking.Rij> page = PageOf.of(rows, params.get("pagina"), PAGE_SIZE);
        return new SourceComparisonView(page.items(), page.page(), page.pages(), page.total(), zoek, onlyDifferences,
                sort);
    }

    private static boolean differs(Bronvergelijking.Rij r) {
        Bronvergelijking.Tellingen v = r.verschil();
        boolean counts = v != null && java.util.stream.Stream.of(v.rihgs(), v.huisverboden(), v.verlengingen(),
                v.intrekkingen(), v.overtredingen()).anyMatch(n -> n != null && n != 0);
        return counts || !r.verklaringen().isEmpty();
    }

    private static long orderDifference(Bronvergelijking.Rij r) {
        return r.verschil() == null || r.verschil().huisverboden() == null ? -1 : Math.abs(r.verschil().huisverboden());
    }
}
