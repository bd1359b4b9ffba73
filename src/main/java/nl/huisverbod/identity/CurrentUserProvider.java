package nl.huisverbod.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the acting user from the security context. */
@Component
public class CurrentUserProvider {

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** The acting user; fails when called outside an authenticated request. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated user"));
    }
}
