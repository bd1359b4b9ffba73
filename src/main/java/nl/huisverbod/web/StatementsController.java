package nl.huisverbod.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement and the privacy statement: public, linked from every page. */
@Controller
class StatementsController {

    @GetMapping("/toegankelijkheid")
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "web/privacy";
    }
}
