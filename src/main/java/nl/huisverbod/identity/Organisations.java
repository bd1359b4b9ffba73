package nl.huisverbod.identity;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of organisations: the public API of this module for other modules. */
@Service
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Organisation create(OrganisationType type, String name, String scopeCode, String email) {
        var org = new Organisation(UUID.randomUUID(), type, name, scopeCode, email);
        jdbc.sql("insert into organisation (id, type, name, scope_code, email) values (?, ?, ?, ?, ?)")
                .params(org.id(), type.name(), name, scopeCode, email)
                .update();
        return org;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select * from organisation where id = ?").param(id).query(Organisations::map).optional();
    }

    /**
     * The organisations of one type that serve a scope, e.g. the Veilig Thuis of region "Drenthe"; crisis
     * services are not among them: they receive work only through {@link #onDuty}.
     */
    public List<Organisation> serving(OrganisationType type, String scopeCode) {
        return jdbc.sql("select * from organisation where type = ? and scope_code = ? and not crisis_service order by name")
                .params(type.name(), scopeCode).query(Organisations::map).list();
    }

    /**
     * Who takes work arriving at this moment: each organisation serving the scope, or its crisis service when
     * the moment falls outside the organisation's availability window (domain.md §7).
     */
    public List<Organisation> onDuty(OrganisationType type, String scopeCode, Instant moment) {
        return serving(type, scopeCode).stream().map(o -> onDuty(o, moment)).distinct().toList();
    }

    /**
     * Who owns work that starts at {@code start} and is due at {@code due}: the organisation itself when it is
     * open at the start or opens again before the due moment, otherwise its crisis service.
     */
    public Organisation responsibleFor(Organisation org, Instant start, Instant due) {
        return org.nextAvailable(start).isBefore(due) ? org : onDuty(org, start);
    }

    public Organisation onDuty(Organisation org, Instant moment) {
        if (org.availableAt(moment) || org.crisisServiceId() == null) {
            return org;
        }
        return find(org.crisisServiceId()).orElse(org);
    }

    /** Sets an organisation's availability window and the crisis service that covers the rest of the day. */
    @Transactional
    public void setAvailability(UUID id, LocalTime from, LocalTime until, UUID crisisServiceId) {
        if ((from == null) != (until == null)) {
            throw new IllegalArgumentException("an availability window needs both ends");
        }
        jdbc.sql("update organisation set available_from = ?, available_until = ?, crisis_service_id = ? where id = ?")
                .params(from, until, crisisServiceId, id).update();
    }

    /** Registers a crisis service: it serves the scope only when routed to (out of hours). */
    @Transactional
    public Organisation createCrisisService(OrganisationType type, String name, String scopeCode, String email) {
        var org = new Organisation(UUID.randomUUID(), type, name, scopeCode, email, null, null, null, true);
        jdbc.sql("insert into organisation (id, type, name, scope_code, email, crisis_service) values (?, ?, ?, ?, ?, true)")
                .params(org.id(), type.name(), name, scopeCode, email)
                .update();
        return org;
    }

    public List<Organisation> ofType(OrganisationType type) {
        return jdbc.sql("select * from organisation where type = ? order by name")
                .param(type.name()).query(Organisations::map).list();
    }

    public Optional<Organisation> named(String name) {
        return jdbc.sql("select * from organisation where name = ?").param(name).query(Organisations::map).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(rs.getObject("id", UUID.class), OrganisationType.valueOf(rs.getString("type")),
                rs.getString("name"), rs.getString("scope_code"), rs.getString("email"),
                rs.getObject("available_from", LocalTime.class), rs.getObject("available_until", LocalTime.class),
                rs.getObject("crisis_service_id", UUID.class), rs.getBoolean("crisis_service"));
    }
}
