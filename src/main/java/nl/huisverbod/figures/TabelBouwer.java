package nl.huisverbod.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the numbers of one figure per area, period and category (from one or more queries), then turns
 * them into a {@link Tabel}: every period of the asked range for every area of the level (a month or a
 * municipality without orders is a 0, not a gap; an area whose numbers do not count says why instead), each
 * cell with its n, small cells suppressed outside the viewer's municipality.
 */
final class TabelBouwer {

    /** How a column is computed from the collected numbers. */
    record KolomDef(String sleutel, Tabel.Soort soort, String teller, String noemer, double factor) {

        static KolomDef aantal(String sleutel) {
            return new KolomDef(sleutel, Tabel.Soort.AANTAL, sleutel, null, 1);
        }

        static KolomDef aandeel(String sleutel, String noemer) {
            return new KolomDef(sleutel, Tabel.Soort.AANDEEL, sleutel, noemer, 1);
        }

        static KolomDef verhouding(String sleutel, String teller, String noemer, double factor) {
            return new KolomDef(sleutel, Tabel.Soort.VERHOUDING, teller, noemer, factor);
        }

        static KolomDef waarde(String sleutel, String n) {
            return new KolomDef(sleutel, Tabel.Soort.WAARDE, sleutel, n, 1);
        }
    }

    /** A row of a table: its area, the first day of its period, its category (or null). */
    record Sleutel(String gebied, LocalDate periode, String categorie) {
    }

    private final CijferBasis basis;
    private final int drempel;
    static final Comparator<Sleutel> VOLGORDE = Comparator.comparing(Sleutel::gebied)
            .thenComparing(Sleutel::periode).thenComparing(s -> s.categorie() == null ? "" : s.categorie());

    private final Map<Sleutel, Map<String, Number>> waarden = new TreeMap<>(VOLGORDE);
    /** The numbers that belong to a year as a whole (population): not added up over its months. */
    private final Set<String> perJaarSleutels = new HashSet<>();
    private final Map<String, String> namen = new TreeMap<>();
    private final Set<String> categorieen = new LinkedHashSet<>();
    private final Map<String, Tabel.Status> status = new HashMap<>();
    /** Per municipality: the regions it lies in, whose totals are published beside it (the margins). */
    private final Map<String, List<String>> marges = new HashMap<>();
    /** Per municipality, in a table computed for the whole country: its code at the asked area's level. */
    private final Map<String, String> binnenCode = new HashMap<>();

    TabelBouwer(CijferBasis basis, int drempel) {
        this.basis = basis;
        this.drempel = drempel;
    }

    /** The areas of the level (rows of {@link CijferBasis#gebiedenSql()}): each gets its rows, with or without data. */
    TabelBouwer metGebieden(List<Map<String, Object>> gebieden) {
        for (Map<String, Object> g : gebieden) {
            String gebied = (String) g.get("gebied");
            if (gebied == null) {
                continue;
            }
            namen.put(gebied, (String) g.get("naam"));
            status.put(gebied, !Boolean.TRUE.equals(g.get("toestemming")) ? Tabel.Status.GEEN_TOESTEMMING
                    : Boolean.TRUE.equals(g.get("gedekt")) ? Tabel.Status.TELT : Tabel.Status.GEEN_GEGEVENS);
            if (g.containsKey("politie")) {
                marges.put(gebied, List.of("POLITIE_EENHEID:" + g.get("politie"), "VT_REGIO:" + g.get("vt"),
                        "VEILIGHEIDSREGIO:" + g.get("vr")));
            }
            if (g.get("binnen_code") != null) {
                binnenCode.put(gebied, (String) g.get("binnen_code"));
            }
        }
        return this;
    }

    /** Adds query rows with columns gebied, naam, periode, optionally categorie, and numbers. */
    TabelBouwer voegToe(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            String gebied = (String) row.get("gebied");
            if (gebied == null) {
                continue; // a municipality without the region in the reference data
            }
            namen.put(gebied, (String) row.get("naam"));
            String categorie = (String) row.get("categorie");
            if (categorie != null) {
                categorieen.add(categorie);
            }
            var key = new Sleutel(gebied, ((Date) row.get("periode")).toLocalDate(), categorie);
            var target = waarden.computeIfAbsent(key, k -> new HashMap<>());
            row.forEach((k, v) -> {
                if (v instanceof Number n) {
                    target.merge(k, n, (a, b) -> a.doubleValue() + b.doubleValue());
                }
            });
        }
        return this;
    }

    /**
     * Numbers that belong to an area and year rather than to a case (population, police counts), keyed by
     * area and year; every row of that area in that year gets its number. One pass over the rows.
     */
    void perJaar(Map<String, Map<Integer, Number>> perGebiedEnJaar, String sleutel) {
        vulAan();
        perJaarSleutels.add(sleutel);
        waarden.forEach((k, v) -> {
            Map<Integer, Number> jaren = perGebiedEnJaar.get(k.gebied());
            Number n = jaren == null ? null : jaren.get(k.periode().getYear());
            if (n != null) {
                v.put(sleutel, n);
            }
        });
    }

    /** Numbers that belong to an area and period as a whole, for every category (a table's n). One pass. */
    void perPeriode(Map<String, Map<LocalDate, Number>> perGebiedEnPeriode, String sleutel) {
        vulAan();
        waarden.forEach((k, v) -> {
            Map<LocalDate, Number> perioden = perGebiedEnPeriode.get(k.gebied());
            Number n = perioden == null ? null : perioden.get(k.periode());
            if (n != null) {
                v.put(sleutel, n);
            }
        });
    }

    /** Every period of the range for every area, and every category in each. */
    private void vulAan() {
        CijferVraag q = basis.vraag;
        List<String> cats = categorieen.isEmpty() ? Collections.singletonList(null) : List.copyOf(categorieen);
        for (String gebied : namen.keySet()) {
            for (LocalDate p : q.periode().tussen(q.van(), q.tot())) {
                for (String c : cats) {
                    waarden.computeIfAbsent(new Sleutel(gebied, p, c), k -> new HashMap<>());
                }
            }
        }
    }

    Set<String> gebieden() {
        return namen.keySet();
    }

    Tabel bouw(String figuur, List<KolomDef> kolommen, List<String> toelichting) {
        CijferVraag q = basis.vraag;
        vulAan();
        List<Sleutel> sleutels = new ArrayList<>(waarden.keySet());
        Tabel.Cel[][] cellen = new Tabel.Cel[sleutels.size()][];
        for (int r = 0; r < sleutels.size(); r++) {
            Sleutel k = sleutels.get(r);
            boolean onderdrukken = !basis.isEigen(k.gebied());
            boolean telt = status.getOrDefault(k.gebied(), Tabel.Status.TELT) == Tabel.Status.TELT;
            Map<String, Number> v = waarden.get(k);
            cellen[r] = kolommen.stream().map(d -> telt ? cel(d, v, onderdrukken, drempel) : Tabel.Cel.LEEG)
                    .toArray(Tabel.Cel[]::new);
        }
        if (drempel > 1) {
            boolean[][] onderdrukt = new MarginSuppression(basis, drempel, waarden, perJaarSleutels, status, marges)
                    .pattern(sleutels, kolommen);
            for (int r = 0; r < sleutels.size(); r++) {
                for (int c = 0; c < kolommen.size(); c++) {
                    if (onderdrukt[r][c]) {
                        cellen[r][c] = Tabel.Cel.ONDERDRUKT;
                    }
                }
            }
        }
        CijferVraag getoond = basis.getoond;
        List<Tabel.Rij> rijen = new ArrayList<>();
        for (int r = 0; r < sleutels.size(); r++) {
            Sleutel k = sleutels.get(r);
            if (basis.heelLand && !q.binnen().equals(binnenCode.get(k.gebied()))) {
                continue; // computed for the whole country, shown within the asked area
            }
            if (k.periode().isBefore(getoond.van()) || !k.periode().isBefore(getoond.tot())) {
                continue; // computed over whole years, shown for the asked periods
            }
            rijen.add(new Tabel.Rij(k.gebied(), namen.get(k.gebied()), q.periode().label(k.periode()), k.categorie(),
                    List.of(cellen[r]), status.getOrDefault(k.gebied(), Tabel.Status.TELT)));
        }
        return new Tabel(figuur, q.niveau(), q.periode(), getoond.van(), getoond.tot(), drempel,
                kolommen.stream().map(d -> new Tabel.Kolom(d.sleutel(), d.soort())).toList(), rijen, toelichting);
    }

    /** A column's cell from a row's numbers; suppressed where it is small and {@code onderdrukken}. */
    static Tabel.Cel cel(KolomDef d, Map<String, Number> v, boolean onderdrukken, int drempel) {
        Long teller = v.containsKey(d.teller()) ? Math.round(v.get(d.teller()).doubleValue()) : 0L;
        Long n = d.noemer() == null ? teller : v.containsKey(d.noemer()) ? Math.round(v.get(d.noemer()).doubleValue())
                : null;
        boolean klein = switch (d.soort()) {
            case AANTAL -> teller > 0 && teller < drempel;
            case AANDEEL, VERHOUDING -> (teller > 0 && teller < drempel) || (n != null && n > 0 && n < drempel);
            case WAARDE -> n != null && n > 0 && n < drempel;
        };
        if (onderdrukken && klein) {
            return Tabel.Cel.ONDERDRUKT;
        }
        return switch (d.soort()) {
            case AANTAL -> new Tabel.Cel(teller, teller, teller.doubleValue(), false);
            case AANDEEL, VERHOUDING -> new Tabel.Cel(teller, n,
                    n == null || n == 0 ? null : teller * d.factor() / n, false);
            case WAARDE -> new Tabel.Cel(null, n, v.get(d.teller()) == null || n == null || n == 0 ? null
                    : v.get(d.teller()).doubleValue(), false);
        };
    }
}
