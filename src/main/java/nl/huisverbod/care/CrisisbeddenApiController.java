package nl.huisverbod.care;

import nl.huisverbod.shared.LegalTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Crisis beds per Veilig Thuis region: reserved and in use today (no personal data). */
@RestController
class CrisisbeddenApiController {

    private final Opvang opvang;
    private final java.time.Clock clock;

    CrisisbeddenApiController(Opvang opvang, java.time.Clock clock) {
        this.opvang = opvang;
        this.clock = clock;
    }

    record Reservering(Integer aantal) {
    }

    @GetMapping("/api/v1/crisisbedden/{regio}")
    Bezetting get(@PathVariable String regio) {
        return opvang.bezetting(regio, LegalTime.localDate(clock.instant()));
    }

    @PutMapping("/api/v1/crisisbedden/{regio}")
    Bezetting reserve(@PathVariable String regio, @RequestBody Reservering r) {
        return opvang.reserve(regio, r.aantal() == null ? -1 : r.aantal());
    }
}
