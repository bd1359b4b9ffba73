package nl.huisverbod.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The open data for people, without an account: what is published, its notes and versions, and the files:
 * {@code /open-data/v3/aantallen.csv} (a version's file, never changed), its CSVW metadata beside it
 * ({@code …/aantallen.csv-metadata.json}) and {@code /open-data/aantallen.csv}, which leads to the newest.
 */
@Controller
class OpenDataWebController {

    private final OpenData openData;
    private final Catalog catalog;

    OpenDataWebController(OpenData openData, Catalog catalog) {
        this.openData = openData;
        this.catalog = catalog;
    }

    @GetMapping("/open-data")
    String page(Model model) {
        List<Release> releases = openData.releases();
        Optional<Release> latest = releases.stream().findFirst();
        model.addAttribute("releases", releases);
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("tables", latest.map(r -> Arrays.stream(OpenDataTable.values())
                .map(t -> openData.describe(t, r)).toList()).orElse(List.of()));
        return "opendata/index";
    }

    @GetMapping("/open-data/v{versie}/{tabel}.csv")
    ResponseEntity<String> csv(@PathVariable String versie, @PathVariable String tabel) {
        OpenDataTable table = OpenData.table(tabel);
        Release release = openData.release(versie);
        return OpenDataFiles.csv(table, release, openData.file(table, release), true);
    }

    @GetMapping(path = "/open-data/v{versie}/{tabel}.csv-metadata.json", produces = OpenDataApiController.CSVW)
    @ResponseBody
    Map<String, Object> metadata(@PathVariable String versie, @PathVariable String tabel) {
        return catalog.csvw(OpenData.table(tabel), openData.release(versie));
    }

    /** The newest version's file, by a redirect to its own address (which a citation can keep). */
    @GetMapping("/open-data/{tabel}.csv")
    ResponseEntity<Void> newest(@PathVariable String tabel) {
        OpenDataTable table = OpenData.table(tabel);
        Release release = openData.release(null);
        return ResponseEntity.status(302).location(java.net.URI.create(
                "/open-data/v" + release.versie() + "/" + table.key() + ".csv")).build();
    }

    @GetMapping(path = "/open-data/catalogus.jsonld", produces = OpenDataApiController.JSON_LD)
    @ResponseBody
    Map<String, Object> dcat() {
        return catalog.dcat(openData.release(null));
    }
}
