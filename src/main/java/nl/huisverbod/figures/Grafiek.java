package nl.huisverbod.figures;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts as inline SVG, drawn on the server: no script, readable without colour (each series has its own dash
 * pattern and marker), and always next to the table that holds the same numbers, which is the accessible
 * version. A missing or suppressed value is a gap, never a zero. Every chart is drawn twice, wide and narrow;
 * the style sheet shows the one that fits the screen, so that its text stays readable on a phone.
 */
final class Grafiek {

    /**
     * One series; {@code kleur} is the colour of what it means (the same measure has the same colour, pattern
     * and marker in every chart of a dashboard), or -1 to take the next one by position.
     */
    record Serie(String naam, List<Double> waarden, int kleur) {

        Serie(String naam, List<Double> waarden) {
            this(naam, waarden, -1);
        }
    }

    /** A drawing size: the width of the view box, the room for labels and the size of the letters. */
    private record Size(String naam, int breed, int links, int labels, int letter, int labelTekens) {
    }

    private static final Size BREED = new Size("breed", 720, 56, 210, 12, 30);
    private static final Size SMAL = new Size("smal", 400, 48, 140, 14, 18);
    private static final String[] KLEUR = {"#0b4f6c", "#b35c00", "#1d6b2f", "#6a3d9a", "#8a6d00", "#b00020"};
    private static final String[] STREEP = {"", "6 3", "2 2", "8 3 2 3", "1 3", "4 4"};
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final int RECHTS = 36;
    private static final int BOVEN = 16;

    private Grafiek() {
    }

    /** A trend: one line per series over the periods. */
    static String lijn(String titel, String tabelId, List<String> perioden, List<Serie> series, boolean procent) {
        return lijn(titel, tabelId, perioden, series, procent, BREED) + lijn(titel, tabelId, perioden, series, procent, SMAL);
    }

    /** A comparison: horizontal bars per label, one bar per series. */
    static String staaf(String titel, String tabelId, List<String> labels, List<Serie> series, boolean procent) {
        return staaf(titel, tabelId, labels, series, procent, BREED) + staaf(titel, tabelId, labels, series, procent, SMAL);
    }

    private static String lijn(String titel, String tabelId, List<String> perioden, List<Serie> series, boolean procent,
                               Size m) {
        int hoog = m == SMAL ? 300 : 260;
        int onder = 48;
        AxisScale schaal = AxisScale.of(series, procent);
        StringBuilder svg = begin(titel, tabelId, m, hoog + legendaHoogte(series, m));
        as(svg, schaal, hoog, onder, m);
        int n = perioden.size();
        double stap = n <= 1 ? 0 : (m.breed() - m.links() - RECHTS) / (double) (n - 1);
        int elke = Math.max(1, (int) Math.ceil(n / (m == SMAL ? 5.0 : 12.0)));
        for (int i = 0; i < n; i += elke) {
            double x = m.links() + i * stap;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\" text-anchor=\"middle\">%s</text>",
                    x, hoog - onder + 18, m.letter() - 1, esc(perioden.get(i))));
        }
        for (int s = 0; s < series.size(); s++) {
            int k = kleur(series, s);
            StringBuilder pad = new StringBuilder();
            boolean open = false;
            List<Double> w = series.get(s).waarden();
            for (int i = 0; i < n; i++) {
                Double v = w.get(i);
                if (v == null) {
                    open = false;
                    continue;
                }
                double x = m.links() + i * stap;
                double y = y(v, schaal.top(), hoog, onder);
                pad.append(open ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                open = true;
                svg.append(marker(k, x, y));
            }
            svg.append(String.format("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>",
                    pad.toString().trim(), KLEUR[k], STREEP[k]));
        }
        legenda(svg, series, hoog, m, false);
        return svg.append("</svg>").toString();
    }

    private static String staaf(String titel, String tabelId, List<String> labels, List<Serie> series, boolean procent,
                                Size m) {
        int balk = m.letter() + 4;
        int groep = balk * series.size() + 10;
        int hoog = BOVEN + labels.size() * groep + 30;
        double top = AxisScale.of(series, procent).top();
        StringBuilder svg = begin(titel, tabelId, m, hoog + legendaHoogte(series, m));
        double breedte = m.breed() - m.labels() - RECHTS - 50;
        for (int i = 0; i < labels.size(); i++) {
            int y0 = BOVEN + i * groep;
            svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"%d\" text-anchor=\"end\">%s</text>",
                    m.labels() - 6, y0 + groep / 2 + 2, m.letter(), esc(kort(labels.get(i), m.labelTekens()))));
            for (int s = 0; s < series.size(); s++) {
                Double v = series.get(s).waarden().get(i);
                int y = y0 + s * balk;
                if (v == null) {
                    svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"%d\">x</text>", m.labels() + 2,
                            y + balk - 3, m.letter() - 1));
                    continue;
                }
                int k = kleur(series, s);
                double w = top == 0 ? 0 : v / top * breedte;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" fill-opacity=\"%s\" stroke=\"%s\"/>",
                        m.labels(), y, w, balk - 2, KLEUR[k], vulling(k), KLEUR[k]));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\">%s</text>",
                        m.labels() + w + 4, y + balk - 3, m.letter() - 1, procent ? String.format(NL, "%.0f%%", v * 100)
                                : String.format(NL, v == Math.rint(v) ? "%.0f" : "%.1f", v)));
            }
        }
        legenda(svg, series, hoog, m, true);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder begin(String titel, String tabelId, Size m, int hoog) {
        String id = tabelId + "-titel-" + m.naam();
        return new StringBuilder(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "class=\"grafiek grafiek--%s\" role=\"img\" aria-labelledby=\"%s\" aria-describedby=\"%s\">"
                + "<title id=\"%s\">%s</title>", m.breed(), hoog, m.naam(), id, tabelId, id, esc(titel)));
    }

    /** Grid lines at round values: whole numbers for counts, steps of 5, 10, 20 or 25 % for shares. */
    private static void as(StringBuilder svg, AxisScale schaal, int hoog, int onder, Size m) {
        for (double v = 0; v <= schaal.top() + schaal.step() / 2; v += schaal.step()) {
            double y = y(v, schaal.top(), hoog, onder);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d0d0\"/>",
                    m.links(), m.breed() - RECHTS, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"end\">%s</text>",
                    m.links() - 6, y + 4, m.letter() - 1, schaal.percent() ? String.format(Locale.ROOT, "%.0f%%",
                            v * 100) : String.format(NL, "%,d", Math.round(v))));
        }
    }

    private static double y(double v, double top, int hoog, int onder) {
        return hoog - onder - (top == 0 ? 0 : v / top * (hoog - onder - BOVEN));
    }

    private static int kleur(List<Serie> series, int s) {
        int k = series.get(s).kleur();
        return (k >= 0 ? k : s) % KLEUR.length;
    }

    private static String vulling(int k) {
        return k % 2 == 0 ? "1" : "0.45";
    }

    private static String marker(int k, double x, double y) {
        String kleur = KLEUR[k];
        return switch (k % 3) {
            case 0 -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, kleur);
            case 1 -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" fill=\"%s\"/>",
                    x - 3, y - 3, kleur);
            default -> String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l4 7 h-8 z\" fill=\"%s\"/>", x, y - 4, kleur);
        };
    }

    private static int legendaHoogte(List<Serie> series, Size m) {
        return (m.letter() + 8) * series.size() + 4;
    }

    /** The legend shows what the chart draws: a line with its marker for a trend, a filled block for bars. */
    private static void legenda(StringBuilder svg, List<Serie> series, int y0, Size m, boolean balken) {
        int regel = m.letter() + 8;
        for (int s = 0; s < series.size(); s++) {
            int k = kleur(series, s);
            int y = y0 + 14 + regel * s;
            if (balken) {
                svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"30\" height=\"%d\" fill=\"%s\" fill-opacity=\"%s\" "
                        + "stroke=\"%s\"/>", m.links(), y - m.letter() + 1, m.letter(), KLEUR[k], vulling(k), KLEUR[k]));
            } else {
                svg.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\" "
                        + "stroke-dasharray=\"%s\"/>", m.links(), m.links() + 30, y - 4, y - 4, KLEUR[k], STREEP[k]));
                svg.append(marker(k, m.links() + 15, y - 4));
            }
            svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>", m.links() + 38, y, m.letter(),
                    esc(series.get(s).naam())));
        }
    }

    private static String kort(String s, int tekens) {
        return s == null ? "" : s.length() > tekens ? s.substring(0, tekens - 1) + "…" : s;
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
