package nl.huisverbod.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final Users users;
    private final LoginThrottle throttle;

    DatabaseUserDetailsService(Users users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    /**
     * The account, locked while the {@link LoginThrottle} refuses it: Spring Security then refuses the login
     * before the password is hashed, so a locked-out guesser costs nothing.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        boolean locked = throttle.lockedUntil(username, source()).isPresent();
        return new AppUserDetails(users.toCurrentUser(account), account.passwordHash(), account.enabled(), !locked);
    }

    private static String source() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : null;
    }
}
