package nl.huisverbod.identity;

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

    /** The organisations of one type that serve a scope, e.g. the Veilig Thuis of region "Drenthe". */
    public List<Organisation> serving(OrganisationType type, String scopeCode) {
        return jdbc.sql("select * from organisation where type = ? and scope_code = ? order by name")
                .params(type.name(), scopeCode).query(Organisations::map).list();
    }

    public List<Organisation> ofType(OrganisationType type) {
        return jdbc.sql("select * from organisation where type = ? order by name")
                .param(type.name()).query(Organisations::map).list();
    }

    public java.util.Optional<Organisation> named(String name) {
        return jdbc.sql("select * from organisation where name = ?").param(name).query(Organisations::map).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(rs.getObject("id", UUID.class), OrganisationType.valueOf(rs.getString("type")),
                rs.getString("name"), rs.getString("scope_code"), rs.getString("email"));
    }
}
