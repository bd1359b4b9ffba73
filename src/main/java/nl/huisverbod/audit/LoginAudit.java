package nl.huisverbod.audit;

import nl.huisverbod.identity.AppPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every failed login attempt (form, HTTP Basic, OIDC) and every interactive login is an entry of the trail,
 * with the name that was used and the source address. An API call with Basic credentials is not recorded as
 * a login: what it reads or writes is recorded as itself.
 */
@Component
class LoginAudit {

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** A refused bearer token is recorded without the token itself, which is a credential. */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String name = attempt instanceof BearerTokenAuthenticationToken ? "bearer-token" : attempt.getName();
        trail.recordLogin(false, name, null, source(attempt));
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        var user = auth.getPrincipal() instanceof AppPrincipal p ? p.currentUser() : null;
        trail.recordLogin(true, auth.getName(), user, source(auth));
    }

    @EventListener
    void secondFactor(nl.huisverbod.identity.SecondFactorChecked event) {
        trail.recordSecondFactor(event.success(), event.user(), event.source());
    }

    private static String source(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
