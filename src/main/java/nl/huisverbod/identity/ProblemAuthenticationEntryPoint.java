package nl.huisverbod.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.huisverbod.platform.FilterProblems;
import nl.huisverbod.platform.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/** 401 for the API as application/problem+json in the reader's language, with the Basic challenge. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Messages messages;
    private final JsonMapper json;

    ProblemAuthenticationEntryPoint(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        write(request, response, "problem.unauthorized");
    }

    /** A 401 whose detail is the message {@code detailKey}. */
    void write(HttpServletRequest request, HttpServletResponse response, String detailKey) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"huisverbod\"");
        response.setHeader("API-Version", "1.0.0");
        FilterProblems.write(json, messages, request, response, HttpStatus.UNAUTHORIZED, detailKey);
    }
}
