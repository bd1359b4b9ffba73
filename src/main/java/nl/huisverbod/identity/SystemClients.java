package nl.huisverbod.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The systems of partner organisations that call the API with bearer tokens. A system is a local account of
 * its organisation with a role, like a person, and has no password anyone could use; its client id is the
 * account's user name.
 */
@Service
public class SystemClients {

    /** A registered client: its id, the account it acts as, and the hash of its secret (embedded issuer only). */
    record SystemClient(String clientId, UserAccount account, String secretHash) {
    }

    private static final long REMEMBER_NANOS = java.time.Duration.ofMinutes(1).toNanos();
    private final JdbcClient jdbc;
    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final java.util.concurrent.ConcurrentHashMap<String, Acting> acting = new java.util.concurrent.ConcurrentHashMap<>();

    SystemClients(JdbcClient jdbc, Users users, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Registers a system of an organisation; {@code rawSecret} may be null when another issuer authenticates it. */
    @Transactional
    public void register(String clientId, String displayName, String rawSecret, Organisation organisation, Role role) {
        byte[] unusable = new byte[32];
        new SecureRandom().nextBytes(unusable);
        UserAccount account = users.create(clientId, displayName, Base64.getEncoder().encodeToString(unusable),
                organisation, role, null);
        jdbc.sql("insert into system_client (client_id, user_id, secret_hash) values (?, ?, ?)")
                .params(clientId, account.id(), rawSecret == null ? null : passwordEncoder.encode(rawSecret)).update();
    }

    /** The enabled system accounts, by name: those a functional administrator can set up a link for. */
    public java.util.List<UserAccount> accounts() {
        return jdbc.sql("select user_id from system_client order by client_id").query(java.util.UUID.class).list()
                .stream().map(users::find).flatMap(Optional::stream).filter(UserAccount::enabled).toList();
    }

    public boolean exists(String clientId) {
        return jdbc.sql("select count(*) from system_client where client_id = ?").param(clientId)
                .query(Long.class).single() > 0;
    }

    Optional<SystemClient> find(String clientId) {
        return jdbc.sql("select user_id, secret_hash from system_client where client_id = ?").param(clientId)
                .query((rs, n) -> new Object[] {rs.getObject("user_id", java.util.UUID.class), rs.getString("secret_hash")})
                .optional()
                .flatMap(row -> users.find((java.util.UUID) row[0]).filter(UserAccount::enabled)
                        .map(account -> new SystemClient(clientId, account, (String) row[1])));
    }

    /**
     * The account a token's client acts as, when it is registered and enabled. Remembered for a minute, so that
     * a call with a token costs no query for its caller; a disabled system is refused at most a minute later.
     */
    Optional<CurrentUser> actingAs(String clientId) {
        long now = System.nanoTime();
        Acting known = acting.get(clientId);
        if (known != null && now - known.at() < REMEMBER_NANOS) {
            return known.user();
        }
        Optional<CurrentUser> user = find(clientId).map(c -> users.toCurrentUser(c.account()));
        if (acting.size() > 10_000) {
            acting.clear();
        }
        acting.put(clientId, new Acting(user, now));
        return user;
    }

    private record Acting(Optional<CurrentUser> user, long at) {
    }
}
