package nl.huisverbod.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts. Passwords are stored only as a hash (bcrypt through the delegating encoder). */
@Service
public class Users {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Organisations organisations;

    Users(JdbcClient jdbc, PasswordEncoder passwordEncoder, Organisations organisations) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
    }

    @Transactional
    public UserAccount create(String username, String displayName, String rawPassword, Organisation organisation,
                              Role role, String email) {
        if (role.organisationType() != organisation.type()) {
            throw new IllegalArgumentException(role + " cannot belong to a " + organisation.type());
        }
        var user = new UserAccount(UUID.randomUUID(), username, displayName, passwordEncoder.encode(rawPassword),
                organisation.id(), role, email, true);
        jdbc.sql("""
                insert into app_user (id, username, display_name, password_hash, organisation_id, role, email, enabled)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.id(), username, displayName, user.passwordHash(), organisation.id(), role.name(), email, true)
                .update();
        return user;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where lower(username) = lower(?)").param(username)
                .query(Users::map).optional();
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(Users::map).optional();
    }

    public List<UserAccount> inOrganisation(UUID organisationId) {
        return jdbc.sql("select * from app_user where organisation_id = ? and enabled order by display_name")
                .param(organisationId).query(Users::map).list();
    }

    /** The acting-user view of an account, with its organisation. */
    public CurrentUser toCurrentUser(UserAccount account) {
        Organisation org = organisations.find(account.organisationId()).orElseThrow();
        return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(), org.id(),
                org.type(), org.name(), org.scopeCode());
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private static UserAccount map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getObject("organisation_id", UUID.class),
                Role.valueOf(rs.getString("role")), rs.getString("email"), rs.getBoolean("enabled"));
    }
}
