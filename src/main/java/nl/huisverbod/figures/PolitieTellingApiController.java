package nl.huisverbod.figures;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PolitieTellingApiController {

    private final PolitieTellingen tellingen;

    PolitieTellingApiController(PolitieTellingen tellingen) {
        this.tellingen = tellingen;
    }

    /** CSV {@code gemeentecode,jaar,aantal}; the answer lists every rejected line with its number. */
    @PostMapping(path = "/api/v1/politie-tellingen", consumes = {"text/csv", "text/plain"})
    CsvTelling.Resultaat importCsv(@RequestBody String csv) {
        return tellingen.importeer(csv);
    }

    @GetMapping("/api/v1/politie-tellingen")
    List<PolitieTellingen.Telling> all() {
        return tellingen.all();
    }
}
