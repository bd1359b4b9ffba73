package nl.huisverbod.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * the groups comparable (children, arrest), each difference with its effect size and 95 % confidence interval
 * ({@link EffectSizes}); the distribution of the number of new incidents; and the time to the first as a
 * Kaplan–Meier curve. Counted over the cases whose §11 window has passed (the curve also follows the others,
 * censored today); a group smaller than the threshold is suppressed and not tested.
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

    public record Maat(String maat, String omschrijving, Groep metHuisverbod, Groep zonderHuisverbod, Toets toets,
                       List<EffectSizes.Effect> effecten) {
    }

    /** The share of each group with this many new incidents in the window (0, 1, 2, 3-4, >4). */
    public record Verdeling(String klasse, Groep metHuisverbod, Groep zonderHuisverbod) {
    }

    /** The Kaplan–Meier share of each group without a new incident after {@code dag} days; null: suppressed. */
    public record Overleving(long dag, Double metHuisverbod, Double zonderHuisverbod) {
    }

    /**
     * Repeat violence compared within strata of the {@code covariaten} ({@link MatchedComparison}); effect,
     * counts and strata null where fewer than the threshold of either group could be matched (the groups differ
     * too much on them: where the RiHG's advice decides the order, no case without one is like a case with one).
     */
    public record Gematcht(List<String> covariaten, EffectSizes.Effect effect, Long metHuisverbod,
                           Long zonderHuisverbod, Integer strata) {
    }

    public record Vergelijking(LocalDate van, LocalDate tot, int vensterMaanden, Recidive.Bronnen bronnen, int drempel,
                        long uitgesloten, List<Maat> maten, List<Gematcht> gematcht, List<Verdeling> verdeling,
                        List<Overleving> overleving, List<String> toelichting) {
    }

    private record Casus(boolean order, Recidive.CasusUitkomst uitkomst, boolean kinderen, boolean aanhouding,
                         String rihgAdvies) {
    }

    @Transactional(readOnly = true)
    public Vergelijking vergelijk(CijferVraag vraag, Cijfers.Opties opties) {
        int venster = opties.venster();
        Recidive.Bronnen bronnen = opties.bronnenOfStandaard();
        var q = new CijferVraag(Niveau.LAND, Periode.JAAR, vraag.van(), vraag.tot(), vraag.binnenNiveau(),
                vraag.binnen(), vraag.bron());
        cijfers.bestaat(q); // an unknown source, or sources that would count the same cases twice
        LocalDate vandaag = cijfers.vandaag();
        int drempel = cijfers.drempel();
        List<Casus> met = new ArrayList<>();
        List<Casus> zonder = new ArrayList<>();
        List<KaplanMeier.Observation> volgMet = new ArrayList<>();
        List<KaplanMeier.Observation> volgZonder = new ArrayList<>();
        long uitgesloten = 0;
        for (Cijfers.RecidiveZaak z : cijfers.recidiveZaken(cijfers.basis(q))) {
            var u = Recidive.perCasus(z.casus(), venster, bronnen, vandaag);
            LocalDate origineel = z.casus().origineel();
            LocalDate einde = u.vensterVerstreken() ? origineel.plusMonths(venster) : vandaag;
            (z.metHuisverbod() ? volgMet : volgZonder).add(u.dagenTotEerste() != null
                    ? new KaplanMeier.Observation(u.dagenTotEerste(), true)
                    : new KaplanMeier.Observation(ChronoUnit.DAYS.between(origineel, einde), false));
            if (!u.vensterVerstreken()) {
                uitgesloten++;
                continue;
            }
            (z.metHuisverbod() ? met : zonder).add(new Casus(z.metHuisverbod(), u, z.minderjarigen(), z.aanhouding(),
                    z.rihgAdvies()));
        }
        List<Maat> maten = new ArrayList<>();
        maten.add(aandeel("herhaling", met, zonder, c -> c.uitkomst().nieuweIncidenten() > 0, drempel));
        maten.add(gemiddelde("omvang", met, zonder, c -> true, c -> c.uitkomst().nieuweIncidenten(), drempel));
        maten.add(gemiddelde("omvang_bij_herhaling", met, zonder, c -> c.uitkomst().nieuweIncidenten() > 0,
                c -> c.uitkomst().nieuweIncidenten(), drempel));
        maten.add(gemiddelde("snelheid", met, zonder, c -> c.uitkomst().dagenTotEerste() != null,
                c -> c.uitkomst().dagenTotEerste(), drempel));
        maten.add(aandeel("kinderen", met, zonder, Casus::kinderen, drempel));
        maten.add(aandeel("aanhouding", met, zonder, Casus::aanhouding, drempel));
        List<Verdeling> verdeling = new ArrayList<>();
        for (String klasse : List.of("0", "1", "2", "3-4", ">4")) {
            Predicate<Casus> in = c -> klasse(c.uitkomst().nieuweIncidenten()).equals(klasse);
            verdeling.add(new Verdeling(klasse, groep(met.size(), met.stream().filter(in).count(), drempel),
                    groep(zonder.size(), zonder.stream().filter(in).count(), drempel)));
        }
        List<Long> dagen = new ArrayList<>();
        for (int maand = 1; maand <= venster; maand++) {
            dagen.add(30L * maand);
        }
        var km = KaplanMeier.curve(volgMet, dagen);
        var kz = KaplanMeier.curve(volgZonder, dagen);
        List<Overleving> overleving = new ArrayList<>();
        for (int i = 0; i < dagen.size(); i++) {
            overleving.add(new Overleving(dagen.get(i), volgMet.size() < drempel ? null : km.get(i).zonderIncident(),
                    volgZonder.size() < drempel ? null : kz.get(i).zonderIncident()));
        }
        List<Gematcht> gematcht = List.of(
                gematcht(met, zonder, List.of("kinderen", "aanhouding"), c -> c.kinderen() + "|" + c.aanhouding(), drempel),
                gematcht(met, zonder, List.of("kinderen", "aanhouding", "rihg_advies"),
                        c -> c.kinderen() + "|" + c.aanhouding() + "|" + c.rihgAdvies(), drempel));
        return new Vergelijking(q.van(), q.tot(), venster, bronnen, drempel, uitgesloten, maten, gematcht, verdeling,
                overleving,
                List.of(messages.get("figures.evaluation.note", String.valueOf(venster),
                messages.get("figures.sources." + bronnen.name())), messages.get("figures.evaluation.effects")));
    }

    /** Repeat violence matched on {@code covariaten}, {@code stratum} the case's values of them. */
    private static Gematcht gematcht(List<Casus> met, List<Casus> zonder, List<String> covariaten,
                                     Function<Casus, String> stratum, int drempel) {
        var m = MatchedComparison.riskDifference(met, zonder, stratum, c -> c.uitkomst().nieuweIncidenten() > 0);
        return m == null || m.matchedWith() < drempel || m.matchedWithout() < drempel
                ? new Gematcht(covariaten, null, null, null, null)
                : new Gematcht(covariaten, m.effect(), m.matchedWith(), m.matchedWithout(), m.strata());
    }

    static String klasse(int incidenten) {
        return incidenten <= 2 ? String.valueOf(incidenten) : incidenten <= 4 ? "3-4" : ">4";
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
        List<EffectSizes.Effect> effecten = new ArrayList<>();
        if (toets != null) {
            effecten.add(EffectSizes.riskDifference(a[0], met.size(), a[1], zonder.size()));
            var rr = EffectSizes.riskRatio(a[0], met.size(), a[1], zonder.size());
            if (rr != null) {
                effecten.add(rr);
            }
        }
        return new Maat(maat, messages.get("figures.evaluation." + maat), gm, gz, toets, effecten);
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
        List<EffectSizes.Effect> effecten = toets == null ? List.of() : List.of(EffectSizes.meanDifference(
                gm.waarde(), gm.sd() * gm.sd(), x.length, gz.waarde(), gz.sd() * gz.sd(), y.length));
        return new Maat(maat, messages.get("figures.evaluation." + maat), gm, gz, toets, effecten);
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
        return EffectSizes.welchDf(sx.getVariance(), x.length, sy.getVariance(), y.length);
    }
}
