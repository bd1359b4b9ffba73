package nl.huisverbod.identity;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named user, with the same principal a login gives, so that authorisation and the audit
 * trail apply unchanged. Used to load the demo data set and by tests; never by request handling.
 */
@Component
public class RunAs {

    private final DatabaseUserDetailsService userDetails;

    RunAs(DatabaseUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public <T> T call(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            var principal = userDetails.loadUserByUsername(username);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
