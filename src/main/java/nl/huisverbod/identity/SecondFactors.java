package nl.huisverbod.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of people who log in with a password (OWASP ASVS 2.8): a time-based one-time password
 * from an authenticator app ({@link Totp}). It is asked of everyone who enrolled one, and of every user in a
 * role that {@code huisverbod.second-factor.required-roles} names (production: all roles; such a user without
 * one enrols at the next login). A code is accepted once. People with a second factor do not use the API
 * with their password: their organisation's system takes tokens.
 */
@Service
public class SecondFactors {

    /** The page that asks for the code, and the page that enrols an app. */
    public static final String PATH = "/tweestaps";
    public static final String ENROL = "/tweestaps/instellen";
    /** The authority a session gets once the second factor was given. */
    static final String AUTHORITY = "FACTOR_TOTP";
    static final String ISSUER = "Huisverbod ketensysteem";

    /** What became of a code given at login. */
    public enum Outcome { ACCEPTED, WRONG, LOCKED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SealingKey key;
    private final Set<Role> requiredRoles;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts =
            new HttpSessionSecurityContextRepository();

    SecondFactors(JdbcClient jdbc, Clock clock, LoginThrottle throttle,
                  ApplicationEventPublisher events,
                  @Value("${huisverbod.second-factor.key-dir:${huisverbod.auth-server.key-dir:}}") String keyDir,
                  @Value("${huisverbod.second-factor.required-roles:}") List<Role> requiredRoles) throws IOException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.throttle = throttle;
        this.events = events;
        this.key = SealingKey.load(keyDir, "huisverbod-second-factor", "second-factor.key");
        this.requiredRoles = requiredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredRoles);
    }

    public boolean enrolled(UUID userId) {
        return jdbc.sql("select count(*) from second_factor where user_id = ?").param(userId).query(Long.class).single() > 0;
    }

    /** Whether this user must give a second factor after the password. */
    public boolean requiredFor(CurrentUser user) {
        return requiredRoles.contains(user.role()) || enrolled(user.userId());
    }

    /** Stores (or replaces) the user's secret; the caller proved the user holds it ({@link #matches}). */
    @Transactional
    public void enrol(UUID userId, String username, byte[] secret) {
        jdbc.sql("""
                insert into second_factor (user_id, secret, enrolled_at, last_step) values (?, ?, ?, ?)
                on conflict (user_id) do update set secret = excluded.secret, enrolled_at = excluded.enrolled_at,
                    last_step = excluded.last_step""")
                .params(userId, key.seal(secret, username), Timestamp.from(clock.instant()),
                        Totp.step(clock.instant())).update();
    }

    /** For set-up (demo users): enrols a known secret given in Base32. */
    public void enrol(UUID userId, String username, String base32Secret) {
        enrol(userId, username, Totp.fromBase32(base32Secret));
    }

    /** A new secret to enrol, with what the app needs to read it. */
    public Enrolment newEnrolment(CurrentUser user) {
        byte[] secret = Totp.newSecret();
        String uri = Totp.uri(ISSUER, user.username(), secret);
        return new Enrolment(Totp.base32(secret), Totp.grouped(secret), uri, QrCode.svg(uri));
    }

    /** A secret offered for enrolment: the key to type, the otpauth URI and its QR code as SVG. */
    public record Enrolment(String secret, String grouped, String uri, String qrSvg) implements Serializable {
    }

    /** Whether the current session has given its second factor. */
    public static boolean given() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    /**
     * Enrols the secret once the user typed a code from it (they hold it), and gives the current session its
     * second factor. The code counts against the login throttle when wrong.
     */
    @Transactional
    public Outcome confirmEnrolment(String base32Secret, String code, HttpServletRequest request,
                                    HttpServletResponse response) {
        CurrentUser user = person();
        byte[] secret = Totp.fromBase32(base32Secret);
        return settle(user, () -> Totp.matchingStep(secret, code, clock.instant()).isPresent(), request, response,
                () -> enrol(user.userId(), user.username(), secret));
    }

    /**
     * Checks the code of the logged-in person; when right, the session has its second factor (and a new id).
     * Wrong codes count as failed logins (the account locks as for passwords) and every attempt is recorded.
     */
    @Transactional
    public Outcome check(String code, HttpServletRequest request,
                         HttpServletResponse response) {
        CurrentUser user = person();
        return settle(user, () -> verify(user, code), request, response, () -> { });
    }

    private Outcome settle(CurrentUser user, BooleanSupplier code,
                           HttpServletRequest request,
                           HttpServletResponse response, Runnable onSuccess) {
        String source = request.getRemoteAddr();
        if (throttle.lockedUntil(user.username(), source).isPresent()) {
            return Outcome.LOCKED; // no code is looked at while the account is locked
        }
        boolean right = code.getAsBoolean();
        events.publishEvent(new SecondFactorChecked(user, right, source));
        if (!right) {
            throttle.failed(user.username(), source);
            return Outcome.WRONG;
        }
        onSuccess.run();
        throttle.succeeded(user.username());
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var authorities = new ArrayList<GrantedAuthority>(auth.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(AUTHORITY));
        var given = UsernamePasswordAuthenticationToken.authenticated(
                auth.getPrincipal(), null, authorities);
        given.setDetails(auth.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(given);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        return Outcome.ACCEPTED;
    }

    /** The person logged in with a password whose second factor is asked. */
    private static CurrentUser person() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AppUserDetails p)) {
            throw new AccessDeniedException("no password login to complete");
        }
        return p.currentUser();
    }

    /**
     * Checks the user's code and uses it up: the same code (or an older one) is refused afterwards, also when
     * two requests bring it at once.
     */
    private boolean verify(CurrentUser user, String code) {
        var stored = jdbc.sql("select secret from second_factor where user_id = ?").param(user.userId())
                .query(byte[].class).optional();
        if (stored.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        var step = Totp.matchingStep(key.open(stored.get(), user.username()), code, now);
        return step.isPresent() && jdbc.sql("update second_factor set last_step = ? where user_id = ? and last_step < ?")
                .params(step.getAsLong(), user.userId(), step.getAsLong()).update() == 1;
    }
}
