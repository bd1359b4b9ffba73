package nl.huisverbod.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem+json answer (RFC 9457) written by a servlet filter or a security entry point, before Spring MVC's
 * {@link ApiProblemAdvice} can answer: the same fields, and {@code invalidParams} when fields are at fault, in
 * the reader's language.
 */
public final class FilterProblems {

    private FilterProblems() {
    }

    /**
     * Before the locale resolver runs, the same choice it makes: {@code lang} on the request, else the language
     * the reader chose before (its cookie), else Dutch.
     */
    public static java.util.Locale locale(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked == null && request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (LocaleConfiguration.COOKIE.equals(cookie.getName())) {
                    asked = cookie.getValue();
                }
            }
        }
        return asked != null && asked.startsWith("en") ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("nl");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    /** A problem whose detail is the message {@code detailKey}, in the reader's language. */
    public static void write(JsonMapper json, Messages messages, HttpServletRequest request, HttpServletResponse response,
                             HttpStatus status, String detailKey) throws IOException {
        write(json, messages, request, response, status, messages.get(locale(request), detailKey), List.of());
    }

    static void write(JsonMapper json, Messages messages, HttpServletRequest request, HttpServletResponse response,
                      HttpStatus status, String detail, List<Map<String, String>> invalidParams) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("status", status.value());
        problem.put("title", messages.get(locale(request), ProblemTitles.key(status.value())));
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (!invalidParams.isEmpty()) {
            problem.put("invalidParams", invalidParams);
        }
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
