package nl.huisverbod.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.huisverbod.figures.TabelBouwer.KolomDef;
import nl.huisverbod.figures.TabelBouwer.Sleutel;

/**
 * Which cells of a table are suppressed, small cells and their complements (ADR 0021, ADR 0031), from the
 * numbers {@link TabelBouwer} collected: the same numbers give the same pattern, whatever table asks.
 */
final class MarginSuppression {

    private final CijferBasis basis;
    private final int drempel;
    private final Map<Sleutel, Map<String, Number>> waarden;
    private final Set<String> perJaarSleutels;
    private final Map<String, Tabel.Status> status;
    private final Map<String, List<String>> marges;

    /**
     * @param waarden         the numbers per row
     * @param perJaarSleutels the numbers that belong to a year as a whole (population): not added over months
     * @param status          per area, whether its numbers count
     * @param marges          per municipality, the regions whose totals are published beside it
     */
    MarginSuppression(CijferBasis basis, int drempel, Map<Sleutel, Map<String, Number>> waarden,
                      Set<String> perJaarSleutels, Map<String, Tabel.Status> status, Map<String, List<String>> marges) {
        this.basis = basis;
        this.drempel = drempel;
        this.waarden = waarden;
        this.perJaarSleutels = perJaarSleutels;
        this.status = status;
        this.marges = marges;
    }

    /**
     * Secondary suppression ({@link ComplementarySuppression}) over the margins published beside this table:
     * per period and category, the municipalities of each region and the areas of the nation; per area and
     * category, the months of a quarter and of a year, the quarters of a year. A table by month or quarter is
     * protected with the coarser tables that are published too (issue 13): their pattern is worked out first,
     * from the same numbers added up, and where a year (or quarter) is hidden at least one of its months is
     * too, so that no hidden year is the sum of visible months. As the table covers whole years, the pattern of
     * a year's cells is the same in every table that shows them.
     */
    boolean[][] pattern(List<Sleutel> sleutels, List<KolomDef> kolommen) {
        Periode per = basis.vraag.periode();
        Map<Sleutel, boolean[]> grof = null;
        Periode grofPer = null;
        for (Periode p : List.of(Periode.JAAR, Periode.KWARTAAL)) {
            if (p.ordinal() > per.ordinal() && per != Periode.GEHEEL) {
                Map<Sleutel, Map<String, Number>> opgeteld = opgeteld(p);
                List<Sleutel> rijen = new ArrayList<>(opgeteld.keySet());
                boolean[][] patroon = patroon(p, rijen, opgeteld, kolommen, grof, grofPer);
                grof = new HashMap<>();
                for (int r = 0; r < rijen.size(); r++) {
                    grof.put(rijen.get(r), patroon[r]);
                }
                grofPer = p;
            }
        }
        return patroon(per, sleutels, waarden, kolommen, grof, grofPer);
    }

    /** The numbers of the table's rows added up to the coarser period {@code p} (a year's population as it is). */
    private Map<Sleutel, Map<String, Number>> opgeteld(Periode p) {
        Map<Sleutel, Map<String, Number>> som = new TreeMap<>(TabelBouwer.VOLGORDE);
        waarden.forEach((k, v) -> {
            var target = som.computeIfAbsent(new Sleutel(k.gebied(), p.begin(k.periode()), k.categorie()),
                    x -> new HashMap<>());
            v.forEach((naam, n) -> target.merge(naam, n, (a, b) -> perJaarSleutels.contains(naam) ? a
                    : (Number) (a.doubleValue() + b.doubleValue())));
        });
        return som;
    }

    /**
     * Which cells of {@code rijen} (at period {@code per}, numbers {@code v}) are suppressed: the small ones, at
     * least one within each cell hidden at the coarser period ({@code grof}, at {@code grofPer}), then the
     * complements over every margin, then the shares whose n is hidden. Never a cell of the viewer's own
     * municipality, nor of a row whose numbers do not count.
     */
    private boolean[][] patroon(Periode per, List<Sleutel> rijen, Map<Sleutel, Map<String, Number>> v,
                                List<KolomDef> kolommen, Map<Sleutel, boolean[]> grof, Periode grofPer) {
        CijferVraag q = basis.vraag;
        int n = rijen.size();
        boolean[] locked = new boolean[n];
        boolean[][] onderdrukt = new boolean[n][kolommen.size()];
        Long[][] hoeveelheden = new Long[n][kolommen.size()];
        Map<String, List<Integer>> groepen = new TreeMap<>(); // in one order, so that every table decides alike
        Map<Sleutel, List<Integer>> binnenGrof = new TreeMap<>(TabelBouwer.VOLGORDE);
        for (int r = 0; r < n; r++) {
            Sleutel k = rijen.get(r);
            boolean telt = status.getOrDefault(k.gebied(), Tabel.Status.TELT) == Tabel.Status.TELT;
            locked[r] = basis.isEigen(k.gebied()) || !telt;
            for (int c = 0; c < kolommen.size(); c++) {
                KolomDef d = kolommen.get(c);
                Number x = v.get(k).get(d.soort() == Tabel.Soort.WAARDE ? d.noemer() : d.teller());
                hoeveelheden[r][c] = x == null ? null : Math.round(x.doubleValue());
                onderdrukt[r][c] = !locked[r] && TabelBouwer.cel(d, v.get(k), true, drempel).onderdrukt();
            }
            if (!telt) {
                continue;
            }
            String cat = "|" + k.categorie();
            List<String> boven = q.niveau() == Niveau.LAND ? List.of()
                    : new ArrayList<>(marges.getOrDefault(k.gebied(), List.of()));
            if (q.niveau() != Niveau.LAND) {
                boven.add("LAND");
            }
            for (String marge : boven) {
                groepen.computeIfAbsent("A|" + marge + "|" + k.periode() + cat, x -> new ArrayList<>()).add(r);
            }
            int jaar = k.periode().getYear();
            if (per == Periode.MAAND) {
                groepen.computeIfAbsent("T|" + k.gebied() + "|" + jaar + "-K" + (k.periode().getMonthValue() - 1) / 3
                        + cat, x -> new ArrayList<>()).add(r);
            }
            if (per == Periode.MAAND || per == Periode.KWARTAAL) {
                groepen.computeIfAbsent("T|" + k.gebied() + "|" + jaar + cat, x -> new ArrayList<>()).add(r);
            }
            if (grof != null) {
                binnenGrof.computeIfAbsent(new Sleutel(k.gebied(), grofPer.begin(k.periode()), k.categorie()),
                        x -> new ArrayList<>()).add(r);
            }
        }
        binnenGrof.forEach((g, delen) -> {
            boolean[] verborgen = grof.get(g);
            for (int c = 0; verborgen != null && c < kolommen.size(); c++) {
                int kleinste = -1;
                boolean al = false;
                for (int r : delen) {
                    al |= onderdrukt[r][c];
                    Long x = hoeveelheden[r][c];
                    if (!locked[r] && x != null && x > 0 && (kleinste < 0 || x < hoeveelheden[kleinste][c])) {
                        kleinste = r;
                    }
                }
                if (verborgen[c] && !al && kleinste >= 0) {
                    onderdrukt[kleinste][c] = true; // the coarser cell is hidden: not the sum of visible parts
                }
            }
        });
        ComplementarySuppression.apply(hoeveelheden, onderdrukt, locked, groepen.values().stream()
                .map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList(), drempel);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < kolommen.size(); c++) {
                // a share whose n is another column's hidden count is hidden with it: it would show that n
                int noemer = kolom(kolommen, kolommen.get(c).noemer());
                if (noemer >= 0 && onderdrukt[r][noemer] && !locked[r]) {
                    onderdrukt[r][c] = true; // a chain of shares (accepted of offered of all) follows in column order
                }
            }
        }
        return onderdrukt;
    }

    private static int kolom(List<KolomDef> kolommen, String teller) {
        for (int c = 0; c < kolommen.size(); c++) {
            if (teller != null && kolommen.get(c).soort() != Tabel.Soort.WAARDE && teller.equals(kolommen.get(c).teller())) {
                return c;
            }
        }
        return -1;
    }

}
