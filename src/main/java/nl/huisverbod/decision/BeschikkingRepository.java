package nl.huisverbod.decision;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BeschikkingRepository {

    private final JdbcClient jdbc;

    BeschikkingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNummer(String gemeenteCode, int year) {
        long n = jdbc.sql("select nextval('beschikking_nummer_seq')").query(Long.class).single();
        return "%s-%d-%05d".formatted(gemeenteCode, year, n);
    }

    void insert(Beschikking b, UUID createdBy, byte[] pdf) {
        jdbc.sql("""
                insert into beschikking (id, huisverbod_id, soort, nummer, created_at, created_by, toelichting, pdf, sha256)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(b.id(), b.huisverbodId(), b.soort().name(), b.nummer(), Timestamp.from(b.createdAt()), createdBy,
                        b.toelichting(), pdf, b.sha256())
                .update();
    }

    List<Beschikking> ofHuisverbod(UUID huisverbodId) {
        return jdbc.sql("select * from beschikking where huisverbod_id = ? order by created_at")
                .param(huisverbodId)
                .query((rs, n) -> new Beschikking(rs.getObject("id", UUID.class),
                        rs.getObject("huisverbod_id", UUID.class), BeschikkingSoort.valueOf(rs.getString("soort")),
                        rs.getString("nummer"), rs.getTimestamp("created_at").toInstant(), rs.getString("toelichting"),
                        rs.getString("sha256")))
                .list();
    }

    Optional<byte[]> pdf(UUID beschikkingId) {
        return jdbc.sql("select pdf from beschikking where id = ?").param(beschikkingId).query(byte[].class).optional();
    }
}
