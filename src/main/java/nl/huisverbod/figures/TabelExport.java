package nl.huisverbod.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.Csv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Every figure table as CSV (stable column keys, for analysis) and as XLSX (labelled, with the notes on a
 * second sheet). A suppressed cell is {@code x}, as in CBS tables; the threshold is stated in the file.
 */
@Component
public class TabelExport {

    static final String ONDERDRUKT = "x";

    private final Messages messages;

    TabelExport(Messages messages) {
        this.messages = messages;
    }

    /** One header and the value cells per row: the value, and for shares and ratios its count and n. */
    List<List<String>> regels(Tabel t, boolean labels) {
        List<List<String>> result = new ArrayList<>();
        List<String> header = new ArrayList<>(labels
                ? List.of(messages.get("figures.export.code"), messages.get("figures.export.area"),
                        messages.get("figures.export.period"), messages.get("figures.export.category"))
                : List.of("gebied", "naam", "periode", "categorie"));
        for (Tabel.Kolom k : t.kolommen()) {
            String naam = labels ? messages.get("figures.column." + k.sleutel()) : k.sleutel();
            header.add(naam);
            if (k.soort() != Tabel.Soort.AANTAL) {
                if (k.soort() != Tabel.Soort.WAARDE) {
                    header.add(labels ? naam + " (aantal)" : k.sleutel() + "_aantal");
                }
                header.add(labels ? naam + " (n)" : k.sleutel() + "_n");
            }
        }
        header.add(labels ? messages.get("figures.export.status") : "status");
        result.add(header);
        for (Tabel.Rij r : t.rijen()) {
            List<String> regel = new ArrayList<>(List.of(r.gebied(), r.naam() == null ? "" : r.naam(), r.periode(),
                    r.categorie() == null ? "" : r.categorie()));
            for (int i = 0; i < t.kolommen().size(); i++) {
                Tabel.Kolom k = t.kolommen().get(i);
                Tabel.Cel c = r.cellen().get(i);
                regel.add(c.onderdrukt() ? ONDERDRUKT : getal(c.waarde()));
                if (k.soort() != Tabel.Soort.AANTAL) {
                    if (k.soort() != Tabel.Soort.WAARDE) {
                        regel.add(c.onderdrukt() ? ONDERDRUKT : c.aantal() == null ? "" : c.aantal().toString());
                    }
                    regel.add(c.onderdrukt() ? ONDERDRUKT : c.n() == null ? "" : c.n().toString());
                }
            }
            // a row whose numbers do not count says why; a counted row leaves it empty
            regel.add(r.status() == Tabel.Status.TELT ? "" : labels ? messages.get("figures.status." + r.status())
                    : r.status().name());
            result.add(regel);
        }
        return result;
    }

    public String csv(Tabel t) {
        return csv(regels(t, false));
    }

    public byte[] xlsx(Tabel t) {
        List<String> noten = new ArrayList<>();
        noten.add(messages.get("figures.title." + t.figuur()));
        noten.add(t.niveau() + ", " + t.periode() + ", " + t.van() + " – " + t.tot().minusDays(1));
        noten.add(messages.get("figures.export.suppressed", String.valueOf(t.drempel())));
        noten.addAll(t.toelichting());
        return xlsx(messages.get("figures.title." + t.figuur()), regels(t, true), 4, noten);
    }

    /** Any table as CSV: the first row is the header. */
    static String csv(List<List<String>> regels) {
        StringBuilder sb = new StringBuilder();
        for (List<String> regel : regels) {
            sb.append(Csv.line(regel)).append("\r\n");
        }
        return sb.toString();
    }

    /**
     * Any table as a workbook: a bold, frozen header, numbers as numbers from column {@code numeriekVanaf} on
     * (where a cell holds one), and the notes on a second sheet.
     */
    byte[] xlsx(String titel, List<List<String>> regels, int numeriekVanaf, List<String> noten) {
        // streaming workbook: rows beyond the window are written out, so a national table stays cheap
        try (var wb = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(titel.replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int i = 0; i < regels.size(); i++) {
                Row row = sheet.createRow(i);
                List<String> regel = regels.get(i);
                for (int j = 0; j < regel.size(); j++) {
                    Cell cell = row.createCell(j);
                    String v = regel.get(j);
                    if (i > 0 && j >= numeriekVanaf && GETAL.matcher(v).matches()) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(nl.huisverbod.shared.Csv.neutralise(v));
                    }
                    if (i == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(Math.min(numeriekVanaf, 4), 1);
            Sheet notes = wb.createSheet(messages.get("figures.export.notes"));
            for (int i = 0; i < noten.size(); i++) {
                notes.createRow(i).createCell(0).setCellValue(noten.get(i));
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.regex.Pattern GETAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The evaluation as rows: measure, each group's n, count and value, the test. */
    List<List<String>> regels(Evaluatie.Vergelijking e) {
        List<List<String>> r = new ArrayList<>();
        r.add(List.of("maat", "met_n", "met_aantal", "met_waarde", "met_sd", "zonder_n", "zonder_aantal", "zonder_waarde",
                "zonder_sd", "toets", "statistiek", "df", "p", "ruwe_benadering", "risicoverschil", "risicoverschil_onder",
                "risicoverschil_boven", "relatief_risico", "relatief_risico_onder", "relatief_risico_boven",
                "verschil_gemiddelden", "verschil_gemiddelden_onder", "verschil_gemiddelden_boven"));
        for (Evaluatie.Maat m : e.maten()) {
            List<String> regel = new ArrayList<>(List.of(m.maat()));
            for (Evaluatie.Groep g : List.of(m.metHuisverbod(), m.zonderHuisverbod())) {
                regel.add(String.valueOf(g.n()));
                regel.add(g.onderdrukt() ? ONDERDRUKT : g.aantal() == null ? "" : g.aantal().toString());
                regel.add(g.onderdrukt() ? ONDERDRUKT : getal(g.waarde()));
                regel.add(g.onderdrukt() ? ONDERDRUKT : getal(g.sd()));
            }
            var t = m.toets();
            regel.addAll(t == null ? List.of("", "", "", "", "") : List.of(t.toets(), getal(t.statistiek()),
                    getal(t.df()), getal(t.p()), t.benadering() ? "ja" : "nee"));
            for (String soort : List.of("risicoverschil", "relatief_risico", "verschil_gemiddelden")) {
                var effect = m.effecten().stream().filter(x -> x.maat().equals(soort)).findFirst();
                regel.addAll(effect.map(x -> List.of(getal(x.schatting()), getal(x.onder()), getal(x.boven())))
                        .orElse(List.of("", "", "")));
            }
            r.add(regel);
        }
        return r;
    }

    /** The source comparison as rows: one per municipality with the three sources and the explanation. */
    List<List<String>> regels(Bronvergelijking.Resultaat v) {
        List<List<String>> r = new ArrayList<>();
        List<String> kop = new ArrayList<>(List.of("gemeente", "naam"));
        for (String bron : List.of("registratie", "gemeente", "verschil")) {
            for (String k : List.of("rihgs", "huisverboden", "verlengingen", "intrekkingen", "overtredingen")) {
                kop.add(bron + "_" + k);
            }
        }
        kop.addAll(List.of("gemeente_van", "gemeente_tot", "gemeente_laatste_invoer", "registratie_laatste_gebeurtenis",
                "politie_registraties", "verklaring"));
        r.add(kop);
        for (Bronvergelijking.Rij rij : v.rijen()) {
            List<String> regel = new ArrayList<>(List.of(rij.gemeenteCode(), rij.naam()));
            tellingen(regel, rij.registratie().tellingen());
            tellingen(regel, rij.gemeente() == null ? null : rij.gemeente().tellingen());
            tellingen(regel, rij.verschil());
            regel.add(rij.gemeente() == null ? "" : rij.gemeente().van().toString());
            regel.add(rij.gemeente() == null ? "" : rij.gemeente().tot().toString());
            regel.add(rij.gemeente() == null ? "" : rij.gemeente().laatsteInvoer().toString());
            regel.add(rij.registratie().laatsteGebeurtenis() == null ? "" : rij.registratie().laatsteGebeurtenis().toString());
            regel.add(rij.politie().registraties() == null ? "" : rij.politie().registraties().toString());
            regel.add(String.join(" ", rij.verklaringen()));
            r.add(regel);
        }
        return r;
    }

    private static void tellingen(List<String> regel, Bronvergelijking.Tellingen t) {
        if (t == null) {
            regel.addAll(List.of("", "", "", "", ""));
            return;
        }
        for (Long x : new Long[] {t.rihgs(), t.huisverboden(), t.verlengingen(), t.intrekkingen(), t.overtredingen()}) {
            regel.add(x == null ? ONDERDRUKT : x.toString());
        }
    }

    /** Data quality as rows: per source, each missing field and each contradiction. */
    List<List<String>> regels(DataKwaliteit.Rapport k) {
        List<List<String>> r = new ArrayList<>();
        r.add(List.of("bron", "zaken", "laatste_gebeurtenis", "soort", "veld_of_regel", "aantal", "n", "voorbeelden"));
        for (DataKwaliteit.Bron b : k.bronnen()) {
            String laatste = b.laatsteGebeurtenis() == null ? "" : b.laatsteGebeurtenis().toString();
            for (DataKwaliteit.Ontbrekend o : b.ontbrekend()) {
                r.add(List.of(b.bron(), String.valueOf(b.zaken()), laatste, "ontbreekt", o.veld(),
                        String.valueOf(o.ontbreekt()), String.valueOf(o.n()), ""));
            }
            for (DataKwaliteit.Inconsistentie i : b.inconsistenties()) {
                r.add(List.of(b.bron(), String.valueOf(b.zaken()), laatste, "tegenstrijdig", i.regel(),
                        String.valueOf(i.aantal()), String.valueOf(b.zaken()), String.join(" ", i.voorbeelden())));
            }
        }
        for (DataKwaliteit.Telbron t : k.tellingen()) {
            for (DataKwaliteit.Inconsistentie i : t.inconsistenties()) {
                r.add(List.of(t.bron(), String.valueOf(t.regels()), t.laatsteInvoer() == null ? "" : t.laatsteInvoer().toString(),
                        "tegenstrijdig", i.regel(), String.valueOf(i.aantal()), String.valueOf(t.regels()), ""));
            }
        }
        return r;
    }

    static String getal(Double d) {
        if (d == null) {
            return "";
        }
        return new BigDecimal(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
