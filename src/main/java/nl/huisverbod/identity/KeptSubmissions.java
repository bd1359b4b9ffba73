package nl.huisverbod.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Nothing typed is lost when a session expires (while hearing both parties, say): the form that arrives
 * without a valid session is kept in a new one, for the person who was signed in in that browser only, until
 * they sign in again and send it or throw it away. Never kept: passwords and codes, the API, uploads, forms
 * another site made the browser post, and anything larger than a form a person fills in.
 */
@Component
public class KeptSubmissions {

    static final String ATTRIBUTE = KeptSubmission.class.getName();
    private static final Duration KEPT_FOR = Duration.ofHours(12);
    private static final int MAX_FIELDS = 1_000;
    private static final int MAX_CHARACTERS = 256 * 1024;
    private static final Set<String> NEVER_KEPT = Set.of("_csrf", "password", "code", "username");

    private final PersonCookie personCookie;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    KeptSubmissions(PersonCookie personCookie, CurrentUserProvider currentUser, Clock clock) {
        this.personCookie = personCookie;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Keeps the form this request posted when it may be kept; says whether it was. */
    boolean keep(HttpServletRequest request) {
        String path = request.getServletPath();
        if (!"POST".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/oauth2/")
                || path.equals("/login") || path.equals("/logout") || path.startsWith(SecondFactors.PATH)
                || !isPlainForm(request) || isCrossSite(request)) {
            return false;
        }
        Optional<String> mark = currentUser.find().map(u -> personCookie.markOf(u.userId()))
                .or(() -> personCookie.read(request));
        if (mark.isEmpty()) {
            return false;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        long characters = 0;
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (NEVER_KEPT.contains(e.getKey())) {
                continue;
            }
            values.put(e.getKey(), List.of(e.getValue()));
            for (String v : e.getValue()) {
                characters += v.length();
            }
        }
        if (values.size() > MAX_FIELDS || characters > MAX_CHARACTERS) {
            return false;
        }
        request.getSession(true).setAttribute(ATTRIBUTE, new KeptSubmission(path, values, clock.instant(), mark.get()));
        return true;
    }

    /**
     * The kept form of the signed-in person. One kept for somebody else (another person signed in in the same
     * browser) or kept too long is thrown away, unseen.
     */
    public Optional<KeptSubmission> ofCurrentPerson(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptSubmission kept)) {
            return Optional.empty();
        }
        CurrentUser user = currentUser.require();
        if (!personCookie.belongsTo(kept.personMark(), user.userId())
                || kept.keptAt().plus(KEPT_FOR).isBefore(clock.instant())) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(kept);
    }

    /** Takes the signed-in person's kept form out of the session: to send it, or to throw it away. */
    public Optional<KeptSubmission> take(HttpServletRequest request) {
        Optional<KeptSubmission> kept = ofCurrentPerson(request);
        kept.ifPresent(k -> request.getSession().removeAttribute(ATTRIBUTE));
        return kept;
    }

    private static boolean isPlainForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /** Browsers say where a request comes from (Fetch Metadata); one from another site is never kept. */
    private static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && !site.equals("same-origin") && !site.equals("none");
    }
}
