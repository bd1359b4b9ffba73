package nl.huisverbod.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.care.Opvang;
import nl.huisverbod.deadlines.TermijnAfspraken;
import nl.huisverbod.identity.Availability;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's page for availability windows, crisis services and the regions' crisis beds. */
@Controller
class AvailabilityWebController {

    private final Availability availability;
    private final Opvang opvang;
    private final TermijnAfspraken afspraken;
    private final Messages messages;
    private final java.time.Clock clock;

    AvailabilityWebController(Availability availability, Opvang opvang, TermijnAfspraken afspraken, Messages messages,
                              java.time.Clock clock) {
        this.availability = availability;
        this.opvang = opvang;
        this.afspraken = afspraken;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/beheer/beschikbaarheid")
    String page(Model model) {
        return render(model, FormErrors.none(), null, Map.of());
    }

    @PostMapping("/beheer/beschikbaarheid/{id}")
    String setWindow(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        try {
            availability.set(id, time(params.get("van"), "van"), time(params.get("tot"), "tot"),
                    blank(params.get("crisisdienst")) ? null : UUID.fromString(params.get("crisisdienst")));
            return "redirect:/beheer/beschikbaarheid?saved";
        } catch (InvalidInputException e) {
            return render(model, FormErrors.of(e.violations(), messages), id, params);
        }
    }

    @PostMapping("/beheer/crisisbedden/{regio}")
    String setBeds(@PathVariable String regio, @RequestParam(required = false) String aantal) {
        int n;
        try {
            n = Integer.parseInt(aantal == null ? "" : aantal.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("aantal", "care.shelter.beds");
        }
        // a single number: an invalid one gets the general invalid-input page with the way back
        opvang.reserve(regio, n);
        return "redirect:/beheer/beschikbaarheid?saved#bedden";
    }

    private String render(Model model, FormErrors errors, UUID failed, Map<String, String> values) {
        model.addAttribute("organisations", availability.veiligThuis());
        model.addAttribute("crisisServices", availability.crisisServices());
        model.addAttribute("beds", afspraken.regions().stream()
                .map(r -> opvang.bezetting(r, LegalTime.localDate(clock.instant()))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("values", values);
        return "web/availability";
    }

    private static LocalTime time(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "validation.invalidFormat");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
