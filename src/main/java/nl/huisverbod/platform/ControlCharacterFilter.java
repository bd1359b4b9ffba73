package nl.huisverbod.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose parameters (query or form fields) hold a control character, before anything
 * reads them: 400, as problem+json naming the field for the API and as the error page for the UI.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ControlCharacterFilter extends OncePerRequestFilter {

    private final Messages messages;
    private final JsonMapper json;

    ControlCharacterFilter(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String field = offending(request);
        if (field == null) {
            chain.doFilter(request, response);
            return;
        }
        String reason = messages.get(ControlCharacters.CODE);
        if (FilterProblems.isApi(request)) {
            FilterProblems.write(json, messages, request, response, org.springframework.http.HttpStatus.BAD_REQUEST,
                    messages.get("error.invalidInput"),
                    java.util.List.of(Map.of("name", field, "code", ControlCharacters.CODE, "reason", reason)));
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(field + ": " + reason);
        }
    }

    private static String offending(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith("multipart/")) {
            return null; // file uploads are checked by the document module; their text fields by the form
        }
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (ControlCharacters.contains(p.getKey())) {
                return "?";
            }
            for (String v : p.getValue()) {
                if (v != null && ControlCharacters.contains(v)) {
                    return p.getKey();
                }
            }
        }
        return null;
    }
}
