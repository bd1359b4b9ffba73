package nl.huisverbod.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import java.util.List;

/**
 * The API's answers where no controller was reached (an unknown path, a trailing slash, a method or media type
 * the path does not take, a required parameter missing) as problem+json like every other error of the API.
 * Pages keep the framework's handling: the exception goes on to the next resolver.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackProblems {

    private final Messages messages;

    ApiFallbackProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException ex, HttpServletRequest request) throws Exception {
        return api(ex, request, HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
            throws Exception {
        ResponseEntity<ProblemDetail> r = api(ex, request, HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed");
        return ex.getSupportedHttpMethods() == null ? r : ResponseEntity.status(r.getStatusCode())
                .headers(h -> {
                    h.putAll(r.getHeaders());
                    h.setAllow(ex.getSupportedHttpMethods());
                }).body(r.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
            throws Exception {
        return api(ex, request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.unsupportedMediaType");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
            throws Exception {
        return api(ex, request, HttpStatus.NOT_ACCEPTABLE, "error.notAcceptable");
    }

    /** A required parameter missing, or a path segment that is blank once decoded ({@code /dossiers/%20}). */
    @ExceptionHandler(org.springframework.web.bind.ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> missing(org.springframework.web.bind.ServletRequestBindingException ex,
                                          HttpServletRequest request) throws Exception {
        if (!FilterProblems.isApi(request)) {
            throw ex;
        }
        String name = ex instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ex instanceof org.springframework.web.bind.MissingPathVariableException v ? v.getVariableName()
                : "request";
        return ApiProblemAdvice.badRequest(messages, List.of(nl.huisverbod.shared.Violation.of(name,
                "validation.required")), request);
    }

    /** A body announced as multipart that is not (no boundary, cut off): the file field cannot be read. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(org.springframework.web.multipart.MultipartException ex,
                                            HttpServletRequest request) throws Exception {
        if (!FilterProblems.isApi(request) || ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            throw ex;
        }
        return ApiProblemAdvice.badRequest(messages, List.of(
                nl.huisverbod.shared.Violation.of("bestand", "validation.multipart")), request);
    }

    private ResponseEntity<ProblemDetail> api(Exception ex, HttpServletRequest request, HttpStatus status, String detail)
            throws Exception {
        if (!FilterProblems.isApi(request)) {
            throw ex;
        }
        return ApiProblemAdvice.problem(status, messages.get(detail), request);
    }
}
