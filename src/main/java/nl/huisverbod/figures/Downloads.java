package nl.huisverbod.figures;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import nl.huisverbod.shared.InvalidInputException;
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
    private final Clock clock;

    Downloads(Cijfers cijfers, TabelExport export, Onderzoeksextract onderzoeksextract, Clock clock) {
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
        Onderzoeksextract.Precisie precisie = null;
        if (params.get("precisie") != null && !params.get("precisie").isBlank()) {
            try {
                precisie = Onderzoeksextract.Precisie.valueOf(params.get("precisie").trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("precisie", "figures.import.choice", "DAG, WEEK, MAAND, KWARTAAL, JAAR");
            }
        }
        var extract = onderzoeksextract.maak(verzoek.vraag(), precisie);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("onderzoeksextract-" + verzoek.vraag().van() + ".zip").build().toString())
                .body(extract.zip());
    }

    private static String bestand(Tabel t, String extensie) {
        return ContentDisposition.attachment().filename("huisverbod-" + t.figuur() + "-" + t.niveau().name().toLowerCase()
                + "-" + t.periode().name().toLowerCase() + "-" + t.van() + "." + extensie).build().toString();
    }
}
