package nl.huisverbod.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Errors in the web UI as Dutch (or English) pages with the right status code. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorAdvice {

    private final Messages messages;

    WebErrorAdvice(Messages messages) {
        this.messages = messages;
    }

    /** No database connection in time: overloaded, 503 with Retry-After, nothing was done. */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.jdbc.CannotGetJdbcConnectionException.class})
    String overloaded(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        model.addAttribute("messageKey", "error.overloaded");
        model.addAttribute("messageArg", 5);
        return "error/problem";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException ex, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("messageKey", ex.ruleKey() == null ? "error.forbidden" : ex.ruleKey());
        return "error/problem";
    }

    /** Fallback for small forms that do not re-render themselves: the messages and a way back. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", FormErrors.of(ex.violations(), messages));
        model.addAttribute("back", request.getHeader("Referer"));
        return "error/invalid";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return invalid(InvalidInputException.of("bestand", "document.tooLarge"), request, response, model);
    }

    /** A value a form cannot hold (e.g. an altered choice): the same Dutch page as other invalid input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        return invalid(InvalidInputException.of(ex.getName(), "validation.invalidFormat"), request, response, model);
    }

    @ExceptionHandler(nl.huisverbod.shared.GoneException.class)
    String gone(nl.huisverbod.shared.GoneException ex, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("messageKey", "error.gone");
        model.addAttribute("messageArg", nl.huisverbod.shared.LegalTime.formatLong(ex.destroyedAt(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "error/problem";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException ex, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("messageKey", "error.notFound");
        return "error/problem";
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    String conflict(Exception ex, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("messageKey", "error.concurrentEdit");
        return "error/problem";
    }
}
