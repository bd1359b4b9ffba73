package nl.huisverbod.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
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

    /**
     * A registered client: its id, the account it acts as, and what it authenticates with at the embedded issuer:
     * the hash of its secret and its public keys (a JWK Set), either or both, and when those keys were set.
     */
    record SystemClient(String clientId, UserAccount account, String secretHash, String publicKeys,
                        Instant keysChangedAt) {
    }

    private static final long REMEMBER_NANOS = Duration.ofMinutes(1).toNanos();
    private final JdbcClient jdbc;
    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final ConcurrentHashMap<String, Acting> acting = new ConcurrentHashMap<>();

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SystemClients(JdbcClient jdbc, Users users, PasswordEncoder passwordEncoder,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
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
    public List<UserAccount> accounts() {
        return jdbc.sql("select user_id from system_client order by client_id").query(UUID.class).list()
                .stream().map(users::find).flatMap(Optional::stream).filter(UserAccount::enabled).toList();
    }

    public boolean exists(String clientId) {
        return jdbc.sql("select count(*) from system_client where client_id = ?").param(clientId)
                .query(Long.class).single() > 0;
    }

    Optional<SystemClient> find(String clientId) {
        return jdbc.sql("""
                select user_id, secret_hash, public_keys, keys_changed_at from system_client where client_id = ?""")
                .param(clientId)
                .query((rs, n) -> new Object[] {rs.getObject("user_id", UUID.class), rs.getString("secret_hash"),
                        rs.getString("public_keys"), rs.getTimestamp("keys_changed_at")})
                .optional()
                .flatMap(row -> users.find((UUID) row[0]).filter(UserAccount::enabled)
                        .map(account -> new SystemClient(clientId, account, (String) row[1], (String) row[2],
                                row[3] == null ? null : ((Timestamp) row[3]).toInstant())));
    }

    /** Every registered and enabled system, for the functional administrator (a disabled one gets no token). */
    @Transactional(readOnly = true)
    public List<PartnerSystem> systems(CurrentUser administrator) {
        requireAdministrator(administrator);
        return jdbc.sql("select client_id from system_client order by client_id").query(String.class).list().stream()
                .map(this::find).flatMap(Optional::stream).map(this::describe).toList();
    }

    /**
     * Replaces the public keys a system signs its client assertions with ({@code private_key_jwt}); the new keys
     * hold from the next token request, on every node. A set with a private key, a weak key or no {@code kid} is
     * refused with every problem named.
     */
    @Transactional
    public PartnerSystem setKeys(CurrentUser administrator, String clientId, Map<String, Object> jwkSet) {
        requireAdministrator(administrator);
        SystemClient client = find(clientId).orElseThrow(() -> new NotFoundException("systeem"));
        var v = new Violations();
        JWKSet keys = SystemKeys.parse(jwkSet, v);
        v.throwIfAny();
        jdbc.sql("update system_client set public_keys = ?, keys_changed_at = ? where client_id = ?")
                .params(keys.toString(true), Timestamp.from(clock.instant()), clientId).update();
        events.publishEvent(new SystemKeysChanged(client.account().id(), clientId,
                keys.getKeys().stream().map(JWK::getKeyID).toList()));
        return describe(find(clientId).orElseThrow());
    }

    private PartnerSystem describe(SystemClient c) {
        var methods = new ArrayList<String>();
        if (c.secretHash() != null) {
            methods.add("client_secret_basic");
        }
        if (c.publicKeys() != null) {
            methods.add("private_key_jwt");
        }
        List<String> keyIds = c.publicKeys() == null ? List.of()
                : SystemKeys.read(c.publicKeys()).getKeys().stream().map(JWK::getKeyID).toList();
        return new PartnerSystem(c.clientId(), c.account().displayName(),
                users.toCurrentUser(c.account()).organisationName(), c.account().role(), methods, keyIds,
                c.keysChangedAt());
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("only the functional administrator manages partner systems");
        }
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
