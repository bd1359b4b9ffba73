package nl.huisverbod.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violation;
import org.springframework.core.Ordered;
import tools.jackson.core.JacksonException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors of the REST API as application/problem+json (RFC 9457). A 400 lists every invalid field in
 * {@code invalidParams} with name, code and reason, as the NL API Design Rules ask.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private final Messages messages;

    ApiProblemAdvice(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request) {
        return badRequest(ex.violations(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException ex, HttpServletRequest request) {
        List<Violation> violations = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(fe ->
                violations.add(new Violation(fe.getField(), fe.getCode() == null ? "invalid" : fe.getCode(),
                        List.of())));
        ResponseEntity<ProblemDetail> response = badRequest(violations, request);
        // Bean Validation already resolved its message in the request's language; use that as the reason.
        var params = new ArrayList<Map<String, String>>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> params.add(Map.of("name", fe.getField(),
                "code", fe.getCode() == null ? "invalid" : fe.getCode(),
                "reason", fe.getDefaultMessage() == null ? "" : fe.getDefaultMessage())));
        response.getBody().setProperty("invalidParams", params);
        return response;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        boolean control = ex.getCause() instanceof tools.jackson.databind.exc.InvalidFormatException f
                && f.getOriginalMessage() != null && f.getOriginalMessage().startsWith(ControlCharacters.CODE);
        return badRequest(List.of(Violation.of(jsonPath(ex), control ? ControlCharacters.CODE : "validation.unreadableBody")),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return badRequest(List.of(Violation.of(ex.getName(), "validation.invalidFormat")), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONTENT_TOO_LARGE, messages.get("document.tooLarge"),
                request);
        response.getBody().setProperty("invalidParams", List.of(Map.of("name", "bestand", "code",
                "document.tooLarge", "reason", messages.get("document.tooLarge"))));
        return response;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, messages.get("error.notFound"), request);
    }

    /** Destroyed under a retention rule: 410 Gone, saying when. */
    @ExceptionHandler(nl.huisverbod.shared.GoneException.class)
    ResponseEntity<ProblemDetail> gone(nl.huisverbod.shared.GoneException ex, HttpServletRequest request) {
        return problem(HttpStatus.GONE, messages.get("error.gone", ex.destroyedAt()),
                request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, messages.get(ex.ruleKey() == null ? "error.forbidden" : ex.ruleKey()),
                request);
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> roleDenied(Exception ex, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), request);
    }

    /**
     * No database connection within the pool's timeout: the application is overloaded, not broken. 503 with
     * Retry-After; the transaction never started, so nothing was done.
     */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.jdbc.CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> overloaded(Exception ex, HttpServletRequest request) {
        ProblemDetail body = problem(HttpStatus.SERVICE_UNAVAILABLE, messages.get("error.overloaded", 5), request).getBody();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** A stale version, or a concurrent insert of the same thing (a unique key caught it): both are conflicts. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> conflict(Exception ex, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, messages.get("error.concurrentEdit"), request);
    }

    private ResponseEntity<ProblemDetail> badRequest(List<Violation> violations, HttpServletRequest request) {
        return badRequest(messages, violations, request);
    }

    static ResponseEntity<ProblemDetail> badRequest(Messages messages, List<Violation> violations,
                                                    HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, messages.get("error.invalidInput"),
                request);
        response.getBody().setProperty("invalidParams", violations.stream()
                .map(v -> Map.of("name", v.field(), "code", v.code(), "reason", messages.of(v)))
                .toList());
        return response;
    }

    /** The JSON field that could not be read, e.g. {@code personen[1].geboortedatum}, or "body". */
    static String jsonPath(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
            return "body";
        }
        var path = new StringBuilder();
        for (JacksonException.Reference ref : jackson.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
