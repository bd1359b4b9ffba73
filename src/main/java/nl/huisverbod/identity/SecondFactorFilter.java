package nl.huisverbod.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a person who must give a second factor has given it, the session opens nothing but the second-factor
 * pages and logout: every other page sends them there (to enrol first when they have none yet). On the API,
 * such a person's password alone is refused.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

    /** Set in the session once it is known this user needs no second factor (checked once per session). */
    private static final String NOT_REQUIRED = SecondFactorFilter.class.getName() + ".notRequired";

    private final SecondFactors factors;
    /** Null for the pages. */
    private final ProblemAuthenticationEntryPoint api;

    private SecondFactorFilter(SecondFactors factors, ProblemAuthenticationEntryPoint api) {
        this.factors = factors;
        this.api = api;
    }

    static SecondFactorFilter forPages(SecondFactors factors) {
        return new SecondFactorFilter(factors, null);
    }

    static SecondFactorFilter forApi(SecondFactors factors, ProblemAuthenticationEntryPoint problems) {
        return new SecondFactorFilter(factors, problems);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AppUserDetails person) || SecondFactors.given()) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(NOT_REQUIRED))) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user = person.currentUser();
        if (!factors.requiredFor(user)) {
            if (session != null) {
                session.setAttribute(NOT_REQUIRED, true);
            }
            chain.doFilter(request, response);
            return;
        }
        if (api != null) {
            SecurityContextHolder.clearContext();
            api.write(request, response, "problem.secondFactorOnApi");
            return;
        }
        String path = request.getServletPath();
        if (path.startsWith(SecondFactors.PATH) || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/img/") || path.equals("/error")) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + (factors.enrolled(user.userId()) ? SecondFactors.PATH
                : SecondFactors.ENROL));
    }
}
