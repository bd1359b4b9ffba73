package nl.huisverbod.figures;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts as inline SVG, drawn on the server: no script, readable without colour (each series has its own dash
 * pattern and marker), and always next to the table that holds the same numbers, which is the accessible
 * version. A missing or suppressed value is a gap, never a zero.
 */
final class Grafiek {

    record Serie(String naam, List<Double> waarden) {
    }

    private static final String[] KLEUR = {"#0b4f6c", "#b35c00", "#1d6b2f", "#6a3d9a", "#8a6d00", "#b00020"};
    private static final String[] STREEP = {"", "6 3", "2 2", "8 3 2 3", "1 3", "4 4"};
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final int BREED = 720;
    private static final int LINKS = 56;
    private static final int RECHTS = 36;
    private static final int BOVEN = 16;

    private Grafiek() {
    }

    /** A trend: one line per series over the periods. */
    static String lijn(String titel, String tabelId, List<String> perioden, List<Serie> series, boolean procent) {
        int hoog = 260;
        int onder = 48;
        double max = max(series, procent);
        StringBuilder svg = begin(titel, tabelId, BREED, hoog + legendaHoogte(series));
        as(svg, max, hoog, onder, procent);
        int n = perioden.size();
        double stap = n <= 1 ? 0 : (BREED - LINKS - RECHTS) / (double) (n - 1);
        int elke = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += elke) {
            double x = LINKS + i * stap;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    x, hoog - onder + 16, esc(perioden.get(i))));
        }
        for (int s = 0; s < series.size(); s++) {
            StringBuilder pad = new StringBuilder();
            boolean open = false;
            List<Double> w = series.get(s).waarden();
            for (int i = 0; i < n; i++) {
                Double v = w.get(i);
                if (v == null) {
                    open = false;
                    continue;
                }
                double x = LINKS + i * stap;
                double y = y(v, max, hoog, onder);
                pad.append(open ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                open = true;
                svg.append(marker(s, x, y));
            }
            svg.append(String.format("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>",
                    pad.toString().trim(), KLEUR[s % KLEUR.length], STREEP[s % STREEP.length]));
        }
        legenda(svg, series, hoog);
        return svg.append("</svg>").toString();
    }

    /** A comparison: horizontal bars per label, one bar per series. */
    static String staaf(String titel, String tabelId, List<String> labels, List<Serie> series, boolean procent) {
        int balk = 14;
        int groep = balk * series.size() + 10;
        int links = 210;
        int hoog = BOVEN + labels.size() * groep + 30;
        double max = max(series, procent);
        StringBuilder svg = begin(titel, tabelId, BREED, hoog + legendaHoogte(series));
        double breedte = BREED - links - RECHTS - 50;
        for (int i = 0; i < labels.size(); i++) {
            int y0 = BOVEN + i * groep;
            svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>",
                    links - 6, y0 + groep / 2 + 2, esc(kort(labels.get(i)))));
            for (int s = 0; s < series.size(); s++) {
                Double v = series.get(s).waarden().get(i);
                int y = y0 + s * balk;
                if (v == null) {
                    svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"11\">x</text>", links + 2, y + balk - 3));
                    continue;
                }
                double w = max == 0 ? 0 : v / max * breedte;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" fill-opacity=\"%s\" stroke=\"%s\"/>",
                        links, y, w, balk - 2, KLEUR[s % KLEUR.length], s % 2 == 0 ? "1" : "0.45", KLEUR[s % KLEUR.length]));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>",
                        links + w + 4, y + balk - 3, procent ? String.format(NL, "%.0f%%", v * 100)
                                : String.format(NL, v == Math.rint(v) ? "%.0f" : "%.1f", v)));
            }
        }
        legenda(svg, series, hoog);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder begin(String titel, String tabelId, int breed, int hoog) {
        return new StringBuilder(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "class=\"grafiek\" role=\"img\" aria-labelledby=\"%s-titel\" aria-describedby=\"%s\">"
                + "<title id=\"%s-titel\">%s</title>", breed, hoog, tabelId, tabelId, tabelId, esc(titel)));
    }

    private static void as(StringBuilder svg, double max, int hoog, int onder, boolean procent) {
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = y(v, max, hoog, onder);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d0d0\"/>",
                    LINKS, BREED - RECHTS, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    LINKS - 6, y + 4, procent ? String.format(Locale.ROOT, "%.0f%%", v * 100) : getal(v)));
        }
    }

    private static double y(double v, double max, int hoog, int onder) {
        return hoog - onder - (max == 0 ? 0 : v / max * (hoog - onder - BOVEN));
    }

    private static String marker(int s, double x, double y) {
        String kleur = KLEUR[s % KLEUR.length];
        return switch (s % 3) {
            case 0 -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, kleur);
            case 1 -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" fill=\"%s\"/>",
                    x - 3, y - 3, kleur);
            default -> String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l4 7 h-8 z\" fill=\"%s\"/>", x, y - 4, kleur);
        };
    }

    private static int legendaHoogte(List<Serie> series) {
        return 20 * series.size() + 4;
    }

    private static void legenda(StringBuilder svg, List<Serie> series, int y0) {
        for (int s = 0; s < series.size(); s++) {
            int y = y0 + 14 + 20 * s;
            svg.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\" "
                    + "stroke-dasharray=\"%s\"/>", LINKS, LINKS + 30, y - 4, y - 4, KLEUR[s % KLEUR.length],
                    STREEP[s % STREEP.length]));
            svg.append(String.format("<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", LINKS + 38, y,
                    esc(series.get(s).naam())));
        }
    }

    private static double max(List<Serie> series, boolean procent) {
        double max = series.stream().flatMap(s -> s.waarden().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        if (procent) {
            return max <= 0 ? 1 : Math.min(1, Math.ceil(max * 10) / 10);
        }
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        return Math.ceil(max / magnitude) * magnitude;
    }

    private static String getal(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String kort(String s) {
        return s == null ? "" : s.length() > 30 ? s.substring(0, 29) + "…" : s;
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
