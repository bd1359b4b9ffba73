package nl.huisverbod.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds the {@link LoginThrottle} from Spring Security's login events (form login and HTTP Basic alike). */
@Component
class LoginEvents {

    private final LoginThrottle throttle;

    LoginEvents(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof org.springframework.security.authentication.LockedException
                || event.getAuthentication() instanceof BearerTokenAuthenticationToken) {
            return; // refused while locked: no new count, or a lockout would extend itself; a token names no account
        }
        throttle.failed(event.getAuthentication().getName(), source(event.getAuthentication().getDetails()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserDetails) {
            throttle.succeeded(event.getAuthentication().getName());
        }
    }

    static String source(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
