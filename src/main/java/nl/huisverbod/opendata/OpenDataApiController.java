package nl.huisverbod.opendata;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.AccessDeniedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open data's table API, in the manner of CBS StatLine: the versions, the tables with their measures and
 * dimensions, their observations (JSON, paged; or the whole as CSV with {@code Accept: text/csv}), the CSVW
 * metadata and the DCAT catalogue. Reading needs no account; publishing at once is the functional
 * administrator's.
 */
@RestController
class OpenDataApiController {

    static final String JSON_LD = "application/ld+json";
    static final String CSVW = "application/csvm+json";

    private final OpenData openData;
    private final OpenDataPublisher publisher;
    private final Catalog catalog;
    private final CurrentUserProvider currentUser;

    OpenDataApiController(OpenData openData, OpenDataPublisher publisher, Catalog catalog,
                          CurrentUserProvider currentUser) {
        this.openData = openData;
        this.publisher = publisher;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/v1/open-data/catalogus", produces = {JSON_LD, "application/json"})
    Map<String, Object> catalog() {
        return catalog.dcat(openData.release(null));
    }

    @GetMapping("/api/v1/open-data/versies")
    List<Release> releases() {
        return openData.releases();
    }

    /** Computes the tables now: 201 with the new version, or 200 with the newest when its numbers are the same. */
    @PostMapping("/api/v1/open-data/versies")
    ResponseEntity<Release> publish() {
        if (!currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("the functional administrator publishes the open data");
        }
        var outcome = publisher.publishWaiting();
        Release r = outcome.release();
        return outcome.published()
                ? ResponseEntity.created(URI.create("/api/v1/open-data/versies/" + r.versie())).body(r)
                : ResponseEntity.ok(r);
    }

    @GetMapping("/api/v1/open-data/versies/{versie}")
    Release release(@PathVariable String versie) {
        return openData.release(versie);
    }

    @GetMapping("/api/v1/open-data/tabellen")
    List<OpenData.TableDescription> tables(@RequestParam(required = false) String versie) {
        Release release = openData.release(versie);
        return Arrays.stream(OpenDataTable.values()).map(t -> openData.describe(t, release)).toList();
    }

    @GetMapping("/api/v1/open-data/tabellen/{tabel}")
    OpenData.TableDescription table(@PathVariable String tabel, @RequestParam(required = false) String versie) {
        return openData.describe(OpenData.table(tabel), openData.release(versie));
    }

    @GetMapping("/api/v1/open-data/tabellen/{tabel}/observaties")
    List<Observation> observations(@PathVariable String tabel, @RequestParam(required = false) String versie,
                                   @RequestParam(required = false) String gebiedsniveau,
                                   @RequestParam(required = false) String gebied,
                                   @RequestParam(required = false) String jaar,
                                   @RequestParam(required = false) String categorie,
                                   @RequestParam(required = false) String maat) {
        return openData.observations(OpenData.table(tabel), openData.release(versie), gebiedsniveau, gebied, jaar,
                categorie, maat);
    }

    /** The same observations as one CSV file (not paged), asked with {@code Accept: text/csv}. */
    @GetMapping(path = "/api/v1/open-data/tabellen/{tabel}/observaties", produces = "text/csv")
    ResponseEntity<String> observationsCsv(@PathVariable String tabel, @RequestParam(required = false) String versie,
                                           @RequestParam(required = false) String gebiedsniveau,
                                           @RequestParam(required = false) String gebied,
                                           @RequestParam(required = false) String jaar,
                                           @RequestParam(required = false) String categorie,
                                           @RequestParam(required = false) String maat) {
        OpenDataTable table = OpenData.table(tabel);
        Release release = openData.release(versie);
        return OpenDataFiles.csv(table, release, OpenData.csv(table,
                openData.observations(table, release, gebiedsniveau, gebied, jaar, categorie, maat)),
                versie != null && !versie.isBlank());
    }

    @GetMapping(path = "/api/v1/open-data/tabellen/{tabel}/metadata", produces = {CSVW, "application/json"})
    Map<String, Object> metadata(@PathVariable String tabel, @RequestParam(required = false) String versie) {
        return catalog.csvw(OpenData.table(tabel), openData.release(versie));
    }
}
