package nl.huisverbod.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import nl.huisverbod.incidents.Recidive;
import nl.huisverbod.platform.Messages;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation tables: the cases with an order against the control group, the RiHGs without one (domain.md
 * §11, §12), for repeat violence (presence by chi-square, size and speed by Welch's t-test) and for what makes
 * the groups comparable (children, arrest). Counted over the cases whose §11 window has passed; a group
 * smaller than the threshold is suppressed and not tested.
 */
@Service
public class Evaluatie {

    private final Cijfers cijfers;
    private final Messages messages;

    Evaluatie(Cijfers cijfers, Messages messages) {
        this.cijfers = cijfers;
        this.messages = messages;
    }

    /** One group's value: a share (with its count) or a mean (with its standard deviation), over n cases. */
    public record Groep(long n, Long aantal, Double waarde, Double sd, boolean onderdrukt) {
    }

    /**
     * A test: chi-square (1 df) or Welch's t with its degrees of freedom, and the two-sided p-value.
     * {@code benadering}: a chi-square with an expected cell count below 5, where the approximation is poor.
     */
    public record Toets(String toets, double statistiek, double df, double p, boolean benadering) {
    }

    public record Maat(String maat, String omschrijving, Groep metHuisverbod, Groep zonderHuisverbod, Toets toets) {
    }

    public record Vergelijking(LocalDate van, LocalDate tot, int vensterMaanden, Recidive.Bronnen bronnen, int drempel,
                        long uitgesloten, List<Maat> maten, List<String> toelichting) {
    }

    private record Casus(boolean order, Recidive.CasusUitkomst uitkomst, boolean kinderen, boolean aanhouding) {
    }

    @Transactional(readOnly = true)
    public Vergelijking vergelijk(CijferVraag vraag, Cijfers.Opties opties) {
        int venster = opties.venster();
        Recidive.Bronnen bronnen = opties.bronnenOfStandaard();
        var q = new CijferVraag(Niveau.LAND, Periode.JAAR, vraag.van(), vraag.tot(), vraag.binnenNiveau(),
                vraag.binnen(), vraag.bron());
        LocalDate vandaag = cijfers.vandaag();
        int drempel = cijfers.drempel();
        List<Casus> met = new ArrayList<>();
        List<Casus> zonder = new ArrayList<>();
        long uitgesloten = 0;
        for (Cijfers.RecidiveZaak z : cijfers.recidiveZaken(cijfers.basis(q))) {
            var u = Recidive.perCasus(z.casus(), venster, bronnen, vandaag);
            if (!u.vensterVerstreken()) {
                uitgesloten++;
                continue;
            }
            (z.metHuisverbod() ? met : zonder).add(new Casus(z.metHuisverbod(), u, z.minderjarigen(), z.aanhouding()));
        }
        List<Maat> maten = new ArrayList<>();
        maten.add(aandeel("herhaling", met, zonder, c -> c.uitkomst().nieuweIncidenten() > 0, drempel));
        maten.add(gemiddelde("omvang", met, zonder, c -> true, c -> c.uitkomst().nieuweIncidenten(), drempel));
        maten.add(gemiddelde("snelheid", met, zonder, c -> c.uitkomst().dagenTotEerste() != null,
                c -> c.uitkomst().dagenTotEerste(), drempel));
        maten.add(aandeel("kinderen", met, zonder, Casus::kinderen, drempel));
        maten.add(aandeel("aanhouding", met, zonder, Casus::aanhouding, drempel));
        return new Vergelijking(q.van(), q.tot(), venster, bronnen, drempel, uitgesloten, maten,
                List.of(messages.get("figures.evaluation.note", String.valueOf(venster),
                messages.get("figures.sources." + bronnen.name()))));
    }

    private Maat aandeel(String maat, List<Casus> met, List<Casus> zonder, Predicate<Casus> ja, int drempel) {
        long[] a = {met.stream().filter(ja).count(), zonder.stream().filter(ja).count()};
        Groep gm = groep(met.size(), a[0], drempel);
        Groep gz = groep(zonder.size(), a[1], drempel);
        Toets toets = null;
        if (!gm.onderdrukt() && !gz.onderdrukt() && (a[0] + a[1]) > 0 && (a[0] + a[1]) < met.size() + zonder.size()) {
            long[][] tabel = {{a[0], met.size() - a[0]}, {a[1], zonder.size() - a[1]}};
            var chi = new ChiSquareTest();
            long totaal = met.size() + zonder.size();
            double minVerwacht = Double.MAX_VALUE;
            for (long[] rij : tabel) {
                for (int kolom = 0; kolom < 2; kolom++) {
                    double kolomTotaal = tabel[0][kolom] + tabel[1][kolom];
                    minVerwacht = Math.min(minVerwacht, (rij[0] + rij[1]) * kolomTotaal / totaal);
                }
            }
            toets = new Toets("chi-kwadraat", chi.chiSquare(tabel), 1, chi.chiSquareTest(tabel), minVerwacht < 5);
        }
        return new Maat(maat, messages.get("figures.evaluation." + maat), gm, gz, toets);
    }

    private static Groep groep(long n, long aantal, int drempel) {
        if (n < drempel || (aantal > 0 && aantal < drempel)) {
            return new Groep(n, null, null, null, true);
        }
        return new Groep(n, aantal, n == 0 ? null : (double) aantal / n, null, false);
    }

    private Maat gemiddelde(String maat, List<Casus> met, List<Casus> zonder, Predicate<Casus> telt,
                            ToDoubleFunction<Casus> waarde, int drempel) {
        double[] x = met.stream().filter(telt).mapToDouble(waarde).toArray();
        double[] y = zonder.stream().filter(telt).mapToDouble(waarde).toArray();
        Groep gm = gemiddelde(x, drempel);
        Groep gz = gemiddelde(y, drempel);
        Toets toets = null;
        if (!gm.onderdrukt() && !gz.onderdrukt() && x.length >= 2 && y.length >= 2 && (gm.sd() > 0 || gz.sd() > 0)) {
            var t = new TTest();
            toets = new Toets("welch-t", t.t(x, y), welchDf(x, y), t.tTest(x, y), false);
        }
        return new Maat(maat, messages.get("figures.evaluation." + maat), gm, gz, toets);
    }

    private static Groep gemiddelde(double[] x, int drempel) {
        if (x.length < drempel) {
            return new Groep(x.length, null, null, null, true);
        }
        var s = new SummaryStatistics();
        for (double v : x) {
            s.addValue(v);
        }
        return new Groep(x.length, null, x.length == 0 ? null : s.getMean(), x.length < 2 ? null : s.getStandardDeviation(),
                false);
    }

    /** Welch–Satterthwaite degrees of freedom. */
    static double welchDf(double[] x, double[] y) {
        var sx = new SummaryStatistics();
        var sy = new SummaryStatistics();
        for (double v : x) {
            sx.addValue(v);
        }
        for (double v : y) {
            sy.addValue(v);
        }
        double a = sx.getVariance() / x.length;
        double b = sy.getVariance() / y.length;
        return (a + b) * (a + b) / (a * a / (x.length - 1) + b * b / (y.length - 1));
    }
}
