package nl.huisverbod.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Marks the browser with the signed-in person (past the second factor) on the pages: see {@link PersonCookie}. */
final class PersonCookieFilter extends OncePerRequestFilter {

    private final PersonCookie cookie;
    private final CurrentUserProvider currentUser;

    PersonCookieFilter(PersonCookie cookie, CurrentUserProvider currentUser) {
        this.cookie = cookie;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        currentUser.find().ifPresent(user -> cookie.refresh(request, response, user.userId()));
        chain.doFilter(request, response);
    }
}
