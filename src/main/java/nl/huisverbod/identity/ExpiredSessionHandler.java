package nl.huisverbod.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * A form posted without a valid session (it expired, or the form came from a tab of an earlier one) fails the
 * CSRF check. Instead of a bare 403 that loses what was typed, the form is kept and the person is asked to
 * sign in again, after which they can send it. Every other refusal is the usual 403.
 */
final class ExpiredSessionHandler implements AccessDeniedHandler {

    static final String KEPT_PAGE = "/bewaard";
    private final KeptSubmissions kept;
    private final CurrentUserProvider currentUser;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    ExpiredSessionHandler(KeptSubmissions kept, CurrentUserProvider currentUser) {
        this.kept = kept;
        this.currentUser = currentUser;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod())) {
            otherwise.handle(request, response, denied);
            return;
        }
        boolean signedIn = currentUser.find().isPresent();
        String path = request.getServletPath();
        if (path.equals("/logout")) {
            response.sendRedirect(request.getContextPath() + "/login?logout");
        } else if (kept.keep(request)) {
            new HttpSessionRequestCache().removeRequest(request, response);
            response.sendRedirect(request.getContextPath() + (signedIn ? KEPT_PAGE : "/login?verlopen&bewaard"));
        } else if (!signedIn) {
            response.sendRedirect(request.getContextPath() + "/login?verlopen");
        } else {
            otherwise.handle(request, response, denied);
        }
    }
}
