package nl.huisverbod.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user who logged in with a password (form login or HTTP Basic). */
final class AppUserDetails implements UserDetails, AppPrincipal {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;

    AppUserDetails(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
