package nl.huisverbod.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.huisverbod.identity.KeptSubmission;
import nl.huisverbod.identity.KeptSubmissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * After signing in again: the form that was kept when the session expired. Sending it hands exactly what was
 * typed to the form's own handler, under the person's current rights, as if they had pressed the button
 * again: it saves and shows the result, or shows the form with every value and what is missing, or says
 * that someone changed the case in the meantime.
 */
@Controller
class KeptSubmissionController {

    private static final Pattern CASE_PATH = Pattern.compile("^/dossiers/([0-9a-f-]{36})(/.*)?$");
    private final KeptSubmissions kept;

    KeptSubmissionController(KeptSubmissions kept) {
        this.kept = kept;
    }

    @GetMapping("/bewaard")
    String show(HttpServletRequest request, Model model) {
        Optional<KeptSubmission> k = kept.ofCurrentPerson(request);
        if (k.isEmpty()) {
            return "redirect:/";
        }
        model.addAttribute("kept", k.get());
        Matcher m = CASE_PATH.matcher(k.get().path());
        model.addAttribute("casePath", m.matches() ? "/dossiers/" + m.group(1) : null);
        return "web/kept";
    }

    @PostMapping("/bewaard/versturen")
    void send(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<KeptSubmission> k = kept.take(request);
        if (k.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        request.getRequestDispatcher(k.get().path()).forward(new KeptRequest(request, k.get()), response);
    }

    @PostMapping("/bewaard/weggooien")
    String discard(HttpServletRequest request) {
        kept.take(request);
        return "redirect:/?weggegooid";
    }

    /** The request as the form posted it: its own values, nothing of the page that sends it. */
    private static final class KeptRequest extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        KeptRequest(HttpServletRequest request, KeptSubmission kept) {
            super(request);
            kept.values().forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
