package nl.huisverbod.figures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.Violations;
import nl.huisverbod.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The downloads of the figures, the same for the API (Basic) and the UI (session): tables and the extract. */
@Component
class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Cijfers cijfers;
    private final TabelExport export;
    private final Onderzoeksextract onderzoeksextract;
    private final Evaluatie evaluatie;
    private final Bronvergelijking bronvergelijking;
    private final DataKwaliteit dataKwaliteit;
    private final Messages messages;
    private final Clock clock;

    Downloads(Cijfers cijfers, TabelExport export, Onderzoeksextract onderzoeksextract, Evaluatie evaluatie,
              Bronvergelijking bronvergelijking, DataKwaliteit dataKwaliteit, Messages messages, Clock clock) {
        this.evaluatie = evaluatie;
        this.bronvergelijking = bronvergelijking;
        this.dataKwaliteit = dataKwaliteit;
        this.messages = messages;
        this.cijfers = cijfers;
        this.export = export;
        this.onderzoeksextract = onderzoeksextract;
        this.clock = clock;
    }

    Tabel tabel(String figuur, Map<String, String> params) {
        Figuur f = Figuur.van(figuur).orElseThrow(() -> new NotFoundException("cijfer"));
        var verzoek = CijferParameters.lees(params, clock);
        return cijfers.tabel(f, verzoek.vraag(), verzoek.opties());
    }

    ResponseEntity<String> csv(String figuur, Map<String, String> params) {
        Tabel t = tabel(figuur, params);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, bestand(t, "csv")).body(export.csv(t));
    }

    ResponseEntity<byte[]> xlsx(String figuur, Map<String, String> params) {
        Tabel t = tabel(figuur, params);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, bestand(t, "xlsx")).body(export.xlsx(t));
    }

    ResponseEntity<byte[]> extract(Map<String, String> params) {
        var verzoek = CijferParameters.lees(params, clock);
        var v = new Violations();
        Onderzoeksextract.Precisie precisie = CijferParameters.keuze(params, "precisie", Onderzoeksextract.Precisie.class,
                null, v);
        v.throwIfAny();
        var extract = onderzoeksextract.maak(verzoek.vraag(), precisie);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("onderzoeksextract-" + verzoek.vraag().van() + ".zip").build().toString())
                .body(extract.zip());
    }

    /** The evaluation, the source comparison or the data quality report as CSV or XLSX. */
    ResponseEntity<?> rapport(String rapport, String formaat, Map<String, String> params) {
        var verzoek = CijferParameters.lees(params, clock);
        var q = verzoek.vraag();
        List<List<String>> regels;
        String titel;
        List<String> noten = new ArrayList<>();
        switch (rapport) {
            case "evaluatie" -> {
                var e = evaluatie.vergelijk(q, verzoek.opties());
                regels = export.regels(e);
                titel = messages.get("figures.evaluation.title");
                noten.addAll(e.toelichting());
                noten.add(messages.get("figures.export.suppressed", String.valueOf(e.drempel())));
            }
            case "bronvergelijking" -> {
                var v = bronvergelijking.vergelijk(q);
                regels = export.regels(v);
                titel = messages.get("figures.compare.title");
                noten.add(messages.get("figures.export.suppressed", String.valueOf(v.drempel())));
            }
            case "datakwaliteit" -> {
                regels = export.regels(dataKwaliteit.rapport(q));
                titel = messages.get("figures.quality.title");
            }
            default -> throw new NotFoundException("rapport");
        }
        noten.add(0, titel + ": " + q.van() + " – " + q.tot().minusDays(1));
        String naam = ContentDisposition.attachment().filename("huisverbod-" + rapport + "-" + q.van() + "." + formaat)
                .build().toString();
        if (formaat.equals("csv")) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, naam).body(TabelExport.csv(regels));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX)).header(HttpHeaders.CONTENT_DISPOSITION, naam)
                .body(export.xlsx(titel, regels, 1, noten));
    }

    private static String bestand(Tabel t, String extensie) {
        return ContentDisposition.attachment().filename("huisverbod-" + t.figuur() + "-" + t.niveau().name().toLowerCase()
                + "-" + t.periode().name().toLowerCase() + "-" + t.van() + "." + extensie).build().toString();
    }
}
