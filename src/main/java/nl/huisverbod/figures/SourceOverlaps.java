package nl.huisverbod.figures;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which sources hold the same cases (issue 13, finding 5). Without a shared id, a case in two registrations is
 * recognised by its municipality in today's boundaries and the minute of its order, or of its RiHG when it has
 * no order: two different cases that share both are rare, one case registered twice shares them always.
 * Computed once per import or projection (a hash join over the cases), so that a figure only looks the answer
 * up.
 */
@Component
class SourceOverlaps {

    /** Two sources sharing cases in the years [firstYear, lastYear]. */
    record Overlap(String source, String otherSource, int cases, int firstYear, int lastYear) {
    }

    private final JdbcClient jdbc;

    SourceOverlaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** After the source's cases changed: its overlaps with every other source, anew. */
    void recompute(String source) {
        jdbc.sql("delete from stat_bron_overlap where bron = :s or andere_bron = :s").param("s", source).update();
        jdbc.sql("""
                with k as (
                  select z.bron, hm.successor_code as gemeente,
                    date_trunc('minute', coalesce(z.opgelegd_op, z.rihg_op)) as moment
                  from stat_zaak z join ref_municipality hm on hm.code = z.gemeente_code
                  where coalesce(z.opgelegd_op, z.rihg_op) is not null)
                insert into stat_bron_overlap (bron, andere_bron, zaken, eerste_jaar, laatste_jaar)
                select least(a.bron, b.bron), greatest(a.bron, b.bron), count(*),
                  min(extract(year from a.moment at time zone 'Europe/Amsterdam')),
                  max(extract(year from a.moment at time zone 'Europe/Amsterdam'))
                from k a join k b on b.gemeente = a.gemeente and b.moment = a.moment and b.bron <> a.bron
                where a.bron = :s
                group by 1, 2""").param("s", source).update();
    }

    /** The overlaps that lie (partly) in the years [fromYear, toYear]. */
    List<Overlap> within(int fromYear, int toYear) {
        return jdbc.sql("""
                select bron, andere_bron, zaken, eerste_jaar, laatste_jaar from stat_bron_overlap
                where eerste_jaar <= ? and laatste_jaar >= ? order by 1, 2""")
                .params(toYear, fromYear)
                .query((rs, i) -> new Overlap(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }
}
