package nl.huisverbod.decision;

import java.sql.Timestamp;
import java.time.Instant;
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
                insert into beschikking (id, huisverbod_id, soort, nummer, created_at, created_by, toelichting, pdf, sha256,
                    herstelt_id, vormfout, onjuist, juist)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(b.id(), b.huisverbodId(), b.soort().name(), b.nummer(), Timestamp.from(b.createdAt()), createdBy,
                        b.toelichting(), pdf, b.sha256(), b.herstel() == null ? null : b.herstel().herstelt(),
                        b.herstel() == null ? null : b.herstel().vormfout().name(),
                        b.herstel() == null ? null : b.herstel().onjuist(),
                        b.herstel() == null ? null : b.herstel().juist())
                .update();
    }

    List<Beschikking> ofHuisverbod(UUID huisverbodId) {
        return jdbc.sql("select * from beschikking where huisverbod_id = ? order by created_at")
                .param(huisverbodId)
                .query((rs, n) -> new Beschikking(rs.getObject("id", UUID.class),
                        rs.getObject("huisverbod_id", UUID.class), BeschikkingSoort.valueOf(rs.getString("soort")),
                        rs.getString("nummer"), rs.getTimestamp("created_at").toInstant(), rs.getString("toelichting"),
                        rs.getString("sha256"), nl.huisverbod.shared.SqlTime.instant(rs, "vernietigd_op"),
                        rs.getString("vormfout") == null ? null : new Herstel(rs.getObject("herstelt_id", UUID.class),
                                Vormfout.valueOf(rs.getString("vormfout")), rs.getString("onjuist"),
                                rs.getString("juist"))))
                .list();
    }

    /** The archived PDF; a destroyed one (Wth 10) is gone, with its moment. */
    Optional<byte[]> pdf(UUID beschikkingId) {
        return jdbc.sql("select pdf, vernietigd_op from beschikking where id = ?").param(beschikkingId)
                .query((rs, n) -> {
                    Instant destroyed = nl.huisverbod.shared.SqlTime.instant(rs, "vernietigd_op");
                    if (destroyed != null) {
                        throw new nl.huisverbod.shared.GoneException("beschikking", destroyed);
                    }
                    return rs.getBytes("pdf");
                }).optional();
    }

    /** One destroyed beschikking: its case and number, for the audit trail. */
    record Vernietigd(UUID dossierId, UUID beschikkingId, String nummer) {
    }

    /**
     * Wth 10: destroys the PDFs of the orders decided at or before {@code cutoff}; the rows stay (number,
     * kind, hash, moment of destruction). Rows are claimed with skip locked, so two nodes never do one twice.
     */
    List<Vernietigd> destroyDecidedBefore(Instant cutoff, Instant now, int limit) {
        return jdbc.sql("""
                update beschikking b set pdf = ''::bytea, vernietigd_op = ?
                from huisverbod h where h.id = b.huisverbod_id and b.id in (
                    select b2.id from beschikking b2 join huisverbod h2 on h2.id = b2.huisverbod_id
                    where b2.vernietigd_op is null and h2.decided_at <= ? order by h2.decided_at limit ?
                    for update of b2 skip locked)
                returning h.dossier_id, b.id, b.nummer""")
                .params(Timestamp.from(now), Timestamp.from(cutoff), limit)
                .query((rs, n) -> new Vernietigd(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
    }
}
