package nl.huisverbod.opendata;

import static nl.huisverbod.shared.SqlTime.ts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published versions and their observations; a version is inserted once and never updated. */
@Repository
class OpenDataStore {

    private static final RowMapper<Release> RELEASE = (rs, i) -> new Release(rs.getInt("version"),
            rs.getTimestamp("published_at").toInstant(), rs.getInt("first_year"), rs.getInt("last_year"),
            rs.getInt("threshold"), rs.getString("digest"), rs.getInt("observations"));
    private static final RowMapper<Observation> OBSERVATION = (rs, i) -> new Observation(rs.getInt("seq"),
            rs.getString("measure"), rs.getString("area_level"), rs.getString("area_code"), rs.getString("area_name"),
            rs.getString("period"), rs.getString("category"), rs.getObject("value") == null ? null : rs.getDouble("value"),
            rs.getString("status"));

    /** What an observation list is narrowed to; a null field does not narrow. */
    record Filter(String level, String area, String period, String category, String measure) {
    }

    /** An area of a table: its level, code and name. */
    record Area(String niveau, String code, String naam) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RecentlyRead<List<Area>> areas = new RecentlyRead<>();
    private final RecentlyRead<List<String>> categories = new RecentlyRead<>();

    OpenDataStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Release> latest() {
        return jdbc.sql("select * from open_data_release order by version desc limit 1").query(RELEASE).optional();
    }

    Optional<Release> release(int version) {
        return jdbc.sql("select * from open_data_release where version = ?").param(version).query(RELEASE).optional();
    }

    /** Newest first. */
    List<Release> releases() {
        return jdbc.sql("select * from open_data_release order by version desc").query(RELEASE).list();
    }

    /** The tables of a new version; the caller holds the publication lock, so the next number is free. */
    void insert(Release release, Map<OpenDataTable, List<Observation>> tables) {
        jdbc.sql("""
                insert into open_data_release (version, published_at, first_year, last_year, threshold, digest,
                  observations) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(release.versie(), ts(release.gepubliceerdOp()), release.eersteJaar(), release.laatsteJaar(),
                        release.drempel(), release.digest(), release.observaties()).update();
        List<Object[]> rows = new ArrayList<>();
        tables.forEach((table, observations) -> observations.forEach(o -> rows.add(new Object[] {release.versie(),
                table.key(), o.id(), o.maat(), o.niveau(), o.gebied(), o.gebiedsnaam(), o.periode(), o.categorie(),
                o.waarde(), o.status()})));
        template.batchUpdate("""
                insert into open_data_observation (version, table_key, seq, measure, area_level, area_code, area_name,
                  period, category, value, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** A version's table in its order, narrowed by the filter. */
    List<Observation> observations(int version, OpenDataTable table, Filter f) {
        return jdbc.sql("""
                select * from open_data_observation where version = :version and table_key = :table
                  and (cast(:level as varchar) is null or area_level = :level)
                  and (cast(:area as varchar) is null or area_code = :area)
                  and (cast(:period as varchar) is null or period = :period)
                  and (cast(:category as varchar) is null or category = :category)
                  and (cast(:measure as varchar) is null or measure = :measure)
                order by seq""")
                .param("version", version).param("table", table.key()).param("level", f.level())
                .param("area", f.area()).param("period", f.period()).param("category", f.category())
                .param("measure", f.measure())
                .query(OBSERVATION).list();
    }

    /** The categories of a version's table, in their order (none in a table without categories). */
    List<String> categories(int version, OpenDataTable table) {
        return categories.get(version, table, () -> jdbc.sql("""
                select category from open_data_observation where version = ? and table_key = ? and category is not null
                group by category order by min(seq)""")
                .params(version, table.key()).query(String.class).list());
    }

    /** The areas of a version's table, by level and code. */
    List<Area> areas(int version, OpenDataTable table) {
        return areas.get(version, table, () -> jdbc.sql("""
                select distinct area_level, area_code, area_name from open_data_observation
                where version = ? and table_key = ? order by 1, 2""")
                .params(version, table.key())
                .query((rs, i) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }
}
