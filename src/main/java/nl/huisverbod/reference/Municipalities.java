package nl.huisverbod.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups of current municipalities and their policies: the public API of the reference module. */
@Service
public class Municipalities {

    private static final String CURRENT = "valid_to_year is null";
    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Municipality> current(String code) {
        return jdbc.sql("select * from ref_municipality where code = ? and " + CURRENT)
                .param(code).query(Municipalities::map).optional();
    }

    public List<Municipality> allCurrent() {
        return jdbc.sql("select * from ref_municipality where " + CURRENT + " order by name")
                .query(Municipalities::map).list();
    }

    /** The codes of every municipality since 2009, merged ones included (historical data use them). */
    public Set<String> allCodes() {
        return Set.copyOf(jdbc.sql("select code from ref_municipality").query(String.class).list());
    }

    /** A region a figure can be asked for: the value the municipalities carry for it, and its name. */
    public record Region(String value, String name) {
    }

    /** The police units, VT regions and safety regions of the current municipalities, by name. */
    public Map<String, List<Region>> regions() {
        Map<String, List<Region>> result = new LinkedHashMap<>();
        result.put("POLITIE_EENHEID", jdbc.sql("select distinct police_unit, police_unit from ref_municipality where "
                + CURRENT + " and police_unit is not null order by 1").query((rs, n) -> new Region(rs.getString(1),
                rs.getString(2))).list());
        result.put("VT_REGIO", jdbc.sql("select distinct vt_region, vt_region from ref_municipality where " + CURRENT
                + " and vt_region is not null order by 1").query((rs, n) -> new Region(rs.getString(1),
                rs.getString(2))).list());
        result.put("VEILIGHEIDSREGIO", jdbc.sql("select distinct safety_region_code, safety_region_name from ref_municipality"
                + " where " + CURRENT + " and safety_region_code is not null order by 2").query((rs, n) -> new Region(
                rs.getString(1), rs.getString(2))).list());
        return result;
    }

    public List<Municipality> inPoliceUnit(String policeUnit) {
        return jdbc.sql("select * from ref_municipality where police_unit = ? and " + CURRENT + " order by name")
                .param(policeUnit).query(Municipalities::map).list();
    }

    public List<Municipality> inVtRegion(String vtRegion) {
        return jdbc.sql("select * from ref_municipality where vt_region = ? and " + CURRENT + " order by name")
                .param(vtRegion).query(Municipalities::map).list();
    }

    public Optional<Integer> population(String code, int year) {
        return jdbc.sql("select population from ref_population where code = ? and year = ?")
                .params(code, year).query(Integer.class).optional();
    }

    /** The municipality's mandate and help organisation; without a recorded policy: full mandate. */
    public MunicipalityPolicy policy(String code) {
        return jdbc.sql("select code, mandaat, help_organisation, briefhoofd from municipality_policy where code = ?")
                .param(code)
                .query((rs, n) -> new MunicipalityPolicy(rs.getString(1), Mandaat.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .optional()
                .orElse(new MunicipalityPolicy(code, Mandaat.VOLLEDIG, null, null));
    }

    /** The municipalities that designated this organisation for the help (Wth 2(8)). */
    public List<String> designating(String organisationName) {
        return jdbc.sql("select code from municipality_policy where help_organisation = ? order by code")
                .param(organisationName).query(String.class).list();
    }

    @Transactional
    public void setPolicy(MunicipalityPolicy policy) {
        jdbc.sql("""
                insert into municipality_policy (code, mandaat, help_organisation, briefhoofd) values (?, ?, ?, ?)
                on conflict (code) do update set mandaat = excluded.mandaat,
                    help_organisation = excluded.help_organisation, briefhoofd = excluded.briefhoofd""")
                .params(policy.code(), policy.mandaat().name(), policy.helpOrganisation(), policy.briefhoofd())
                .update();
    }

    private static Municipality map(ResultSet rs, int row) throws SQLException {
        return new Municipality(rs.getString("code"), rs.getString("name"), rs.getString("province"),
                rs.getString("safety_region_code"), rs.getString("safety_region_name"),
                rs.getString("police_unit"), rs.getString("vt_region"));
    }
}
