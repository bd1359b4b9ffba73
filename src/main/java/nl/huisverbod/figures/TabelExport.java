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
            result.add(regel);
        }
        return result;
    }

    public String csv(Tabel t) {
        StringBuilder sb = new StringBuilder();
        for (List<String> regel : regels(t, false)) {
            sb.append(Csv.line(regel)).append("\r\n");
        }
        return sb.toString();
    }

    public byte[] xlsx(Tabel t) {
        List<List<String>> regels = regels(t, true);
        // streaming workbook: rows beyond the window are written out, so a national table stays cheap
        try (var wb = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(messages.get("figures.title." + t.figuur()).replaceAll("[\\\\/?*\\[\\]:]", " "));
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
                    if (i > 0 && j >= 4 && !v.isEmpty() && !v.equals(ONDERDRUKT)) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                    }
                    if (i == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(4, 1);
            Sheet notes = wb.createSheet(messages.get("figures.export.notes"));
            List<String> text = new ArrayList<>();
            text.add(messages.get("figures.title." + t.figuur()));
            text.add(t.niveau() + ", " + t.periode() + ", " + t.van() + " – " + t.tot().minusDays(1));
            text.add(messages.get("figures.export.suppressed", String.valueOf(t.drempel())));
            text.addAll(t.toelichting());
            for (int i = 0; i < text.size(); i++) {
                notes.createRow(i).createCell(0).setCellValue(text.get(i));
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String getal(Double d) {
        if (d == null) {
            return "";
        }
        return new BigDecimal(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
