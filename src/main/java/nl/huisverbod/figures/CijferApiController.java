package nl.huisverbod.figures;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures of domain.md §12 and the rules and sources behind them, as JSON. */
@RestController
class CijferApiController {

    /** The figures as files are the same resources in another form (NL API Design Rules: no extension in a path). */
    static final String CSV = "text/csv";
    static final String XLSX = Downloads.XLSX;

    private final Downloads downloads;
    private final Bronvergelijking bronvergelijking;
    private final CijferInstellingen instellingen;
    private final GemeenteTellingen gemeenteTellingen;
    private final LiveZaken liveZaken;
    private final DataKwaliteit dataKwaliteit;
    private final Evaluatie evaluatie;
    private final Clock clock;

    CijferApiController(Downloads downloads, Bronvergelijking bronvergelijking, CijferInstellingen instellingen,
                        GemeenteTellingen gemeenteTellingen, LiveZaken liveZaken, DataKwaliteit dataKwaliteit,
                        Evaluatie evaluatie, Clock clock) {
        this.downloads = downloads;
        this.bronvergelijking = bronvergelijking;
        this.instellingen = instellingen;
        this.gemeenteTellingen = gemeenteTellingen;
        this.liveZaken = liveZaken;
        this.dataKwaliteit = dataKwaliteit;
        this.evaluatie = evaluatie;
        this.clock = clock;
    }

    @GetMapping("/api/v1/cijfers")
    List<String> figuren() {
        return Arrays.stream(Figuur.values()).map(f -> f.sleutel).toList();
    }

    /** Parameters: niveau, periode, van, tot (exclusive), binnenNiveau and binnen, bron; recidivism: venster, bronnen. */
    @GetMapping("/api/v1/cijfers/{figuur}")
    Tabel tabel(@PathVariable String figuur, @RequestParam Map<String, String> params) {
        return downloads.tabel(figuur, params);
    }

    /** The same table as CSV (stable column keys; {@code x} = suppressed), asked with {@code Accept: text/csv}. */
    @GetMapping(path = "/api/v1/cijfers/{figuur}", produces = CSV)
    ResponseEntity<String> csv(@PathVariable String figuur, @RequestParam Map<String, String> params) {
        return downloads.csv(figuur, params);
    }

    /** The same table as an Excel workbook, labelled, with the notes on a second sheet ({@code Accept} XLSX). */
    @GetMapping(path = "/api/v1/cijfers/{figuur}", produces = XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String figuur, @RequestParam Map<String, String> params) {
        return downloads.xlsx(figuur, params);
    }

    /** The earlier address of the CSV table, kept for clients that use it; not in the document. */
    @io.swagger.v3.oas.annotations.Hidden
    @GetMapping(path = "/api/v1/cijfers/{figuur}.csv")
    ResponseEntity<String> csvFile(@PathVariable String figuur, @RequestParam Map<String, String> params) {
        return downloads.csv(figuur, params);
    }

    /** The earlier address of the XLSX table, kept for clients that use it; not in the document. */
    @io.swagger.v3.oas.annotations.Hidden
    @GetMapping(path = "/api/v1/cijfers/{figuur}.xlsx")
    ResponseEntity<byte[]> xlsxFile(@PathVariable String figuur, @RequestParam Map<String, String> params) {
        return downloads.xlsx(figuur, params);
    }

    /**
     * The pseudonymised research extract (ZIP of CSV files) for researchers; {@code precisie} DAG, WEEK, MAAND,
     * KWARTAAL or JAAR, never finer than configured.
     */
    @GetMapping("/api/v1/onderzoeksextract")
    ResponseEntity<byte[]> extract(@RequestParam Map<String, String> params) {
        return downloads.extract(params);
    }

    /** The evaluation, the source comparison or the data quality as CSV or an Excel workbook. */
    /** The evaluation, the source comparison or the data quality as CSV ({@code Accept: text/csv}). */
    @GetMapping(path = {"/api/v1/evaluatie", "/api/v1/bronvergelijking", "/api/v1/datakwaliteit"}, produces = CSV)
    ResponseEntity<?> rapportCsv(jakarta.servlet.http.HttpServletRequest request,
                                 @RequestParam Map<String, String> params) {
        return downloads.rapport(report(request), "csv", params);
    }

    /** The same reports as an Excel workbook ({@code Accept} XLSX). */
    @GetMapping(path = {"/api/v1/evaluatie", "/api/v1/bronvergelijking", "/api/v1/datakwaliteit"}, produces = XLSX)
    ResponseEntity<?> rapportXlsx(jakarta.servlet.http.HttpServletRequest request,
                                  @RequestParam Map<String, String> params) {
        return downloads.rapport(report(request), "xlsx", params);
    }

    private static String report(jakarta.servlet.http.HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** The earlier addresses of the reports as files, kept for clients that use them; not in the document. */
    @io.swagger.v3.oas.annotations.Hidden
    @GetMapping("/api/v1/{rapport:evaluatie|bronvergelijking|datakwaliteit}.{formaat:csv|xlsx}")
    ResponseEntity<?> rapport(@PathVariable String rapport, @PathVariable String formaat,
                              @RequestParam Map<String, String> params) {
        return downloads.rapport(rapport, formaat, params);
    }

    /** Cases with an order against the control group (RiHG without order), with chi-square and t-tests. */
    @GetMapping("/api/v1/evaluatie")
    Evaluatie.Vergelijking evaluatie(@RequestParam Map<String, String> params) {
        var verzoek = CijferParameters.lees(params, clock);
        return evaluatie.vergelijk(verzoek.vraag(), verzoek.opties());
    }

    /** Per source: last entry, missing key fields, contradictions (domain.md §12 data quality). */
    @GetMapping("/api/v1/datakwaliteit")
    DataKwaliteit.Rapport datakwaliteit(@RequestParam Map<String, String> params) {
        return dataKwaliteit.rapport(CijferParameters.lees(params, clock).vraag());
    }

    @GetMapping("/api/v1/bronvergelijking")
    Bronvergelijking.Resultaat bronnen(@RequestParam Map<String, String> params) {
        return bronvergelijking.vergelijk(CijferParameters.lees(params, clock).vraag());
    }

    record Vernieuwd(int zaken) {
    }

    /** Projects the live cases into the figures now instead of at the next periodic refresh. */
    @PostMapping("/api/v1/cijfers/vernieuwing")
    Vernieuwd vernieuw() {
        return new Vernieuwd(liveZaken.vernieuwNu());
    }

    record Drempel(Integer drempel) {
    }

    @GetMapping("/api/v1/cijfer-instellingen")
    Drempel drempel() {
        return new Drempel(instellingen.drempel());
    }

    @PutMapping("/api/v1/cijfer-instellingen")
    Drempel setDrempel(@RequestBody Drempel drempel) {
        return new Drempel(instellingen.setDrempel(drempel.drempel()));
    }

    record ToestemmingInput(Boolean toestemming) {
    }

    @GetMapping("/api/v1/cijfer-toestemmingen")
    List<CijferInstellingen.Toestemming> toestemmingen() {
        return instellingen.toestemmingen();
    }

    @PutMapping("/api/v1/cijfer-toestemmingen/{gemeenteCode}")
    CijferInstellingen.Toestemming toestemming(@PathVariable String gemeenteCode, @RequestBody ToestemmingInput in) {
        return instellingen.setToestemming(gemeenteCode, in.toestemming());
    }

    /** CSV {@code gemeentecode,van,tot,rihgs,huisverboden,verlengingen,intrekkingen,overtredingen,laatste_invoer}. */
    @PostMapping(path = "/api/v1/gemeente-tellingen", consumes = {"text/csv", "text/plain"})
    CsvTelling.Resultaat gemeenteTellingen(@RequestBody String csv) {
        return gemeenteTellingen.importeer(csv);
    }
}
