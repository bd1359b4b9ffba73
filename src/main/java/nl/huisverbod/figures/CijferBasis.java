package nl.huisverbod.figures;

import static nl.huisverbod.shared.SqlTime.ts;

import java.util.HashMap;
import java.util.Map;
import nl.huisverbod.shared.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The common part of every figure's SQL: which cases count (the period by the counted event's date, the
 * consent rule and the optional area and source), and the area and period each case is grouped in. Cases
 * are {@code z} ({@code stat_zaak}); {@code m} ({@code ref_municipality}) is the current municipality that
 * holds the territory of the case's municipality: itself, or its successor where it was dissolved (ADR 0020),
 * so that every level counts in today's boundaries and regions add up to the nation in every year.
 */
final class CijferBasis {

    final CijferVraag vraag;
    /**
     * The periods the table shows: {@link #vraag}'s own, or, in a table computed over whole years
     * ({@link #overHeleJaren}), the asked periods whole.
     */
    final CijferVraag getoond;
    /** The viewer's own municipality, whose figures it sees in full and without its consent. */
    final String eigenGemeente;
    /** The smallest count shown outside the viewer's municipality (0 where the basis makes no table). */
    final int drempel;
    final Map<String, Object> params = new HashMap<>();
    /**
     * A municipality table within an area is computed for the whole country and filtered afterwards
     * ({@link TabelBouwer}), so that which cells are suppressed does not depend on the filter: two requests
     * cut differently would otherwise show what the other hides.
     */
    final boolean heelLand;

    CijferBasis(CijferVraag vraag, String eigenGemeente) {
        this(vraag, vraag, eigenGemeente, 0, false);
    }

    CijferBasis(CijferVraag vraag, String eigenGemeente, int drempel) {
        this(vraag, vraag, eigenGemeente, drempel, false);
    }

    private CijferBasis(CijferVraag vraag, CijferVraag getoond, String eigenGemeente, int drempel, boolean heelLand) {
        this.vraag = vraag;
        this.getoond = getoond;
        this.eigenGemeente = eigenGemeente;
        this.drempel = drempel;
        this.heelLand = heelLand;
        params.put("van_d", vraag.van());
        params.put("tot_d", vraag.tot());
        params.put("van_t", ts(vraag.van().atStartOfDay(LegalTime.ZONE).toInstant()));
        params.put("tot_t", ts(vraag.tot().atStartOfDay(LegalTime.ZONE).toInstant()));
        params.put("eigen", eigenGemeente == null ? "" : eigenGemeente);
        params.put("binnen", vraag.binnen() == null ? "" : vraag.binnen());
        params.put("bron", vraag.bron() == null ? "" : vraag.bron());
    }

    /**
     * Joins {@code m}, the current municipality of the municipality in {@code codeColumn} (ADR 0020); the
     * municipality as it was is {@code hm}.
     */
    static String gebiedVan(String codeColumn) {
        return " join ref_municipality hm on hm.code = " + codeColumn
                + " join ref_municipality m on m.code = hm.successor_code ";
    }

    /** The municipalities whose data count here (§12): with consent, and the viewer's own at municipality level. */
    String gemeenten() {
        return vraag.binnenNiveau() == null || heelLand ? telt() : telt() + " and " + binnen();
    }

    /**
     * The same question, a municipality table within an area computed for the whole country: the pattern of
     * suppressed cells then does not depend on the area asked. Not where the area is the viewer's own
     * municipality ({@link #alleenEigen}): nothing shown can be suppressed then.
     */
    CijferBasis voorTabel() {
        return vraag.niveau() == Niveau.GEMEENTE && vraag.binnenNiveau() != null && !alleenEigen()
                ? new CijferBasis(vraag, getoond, eigenGemeente, drempel, true) : this;
    }

    /**
     * Only the viewer's own municipality is asked (the mayor's dashboard): its figures are shown in full to
     * them and no other area's are shown, so there is no suppression to compute.
     */
    boolean alleenEigen() {
        return vraag.niveau() == Niveau.GEMEENTE && vraag.binnenNiveau() == Niveau.GEMEENTE && eigenGemeente != null
                && eigenGemeente.equals(vraag.binnen());
    }

    /**
     * The same question computed over the whole calendar years it touches and grouped by {@code per}, shown
     * for the asked periods whole ({@link CijferVraag#heleperioden}): which cells are suppressed then depends
     * only on the year they lie in, never on where the asked range begins or ends (two ranges would otherwise
     * show what the other hides). The whole range as one period is computed as itself, over whole years.
     */
    CijferBasis overHeleJaren(Periode per) {
        CijferVraag heel = vraag.heleperioden();
        CijferVraag reken = per == Periode.GEHEEL ? heel : heel.heleJaren(per);
        return new CijferBasis(reken, per == vraag.periode() ? heel : reken, eigenGemeente, drempel, heelLand);
    }

    /** The municipality counts: it consented, or it is the viewer's own at municipality level. */
    private String telt() {
        String toestemming = "m.code in (select gemeente_code from cijfer_toestemming where toestemming)";
        return vraag.niveau() == Niveau.GEMEENTE && eigenGemeente != null
                ? "(" + toestemming + " or m.code = :eigen)" : toestemming;
    }

    private String binnen() {
        return vraag.binnenNiveau().code + " = :binnen";
    }

    /**
     * Every area of the level within the asked area, in today's boundaries, with whether any of its
     * municipalities counts here (consent, or the viewer's own) and whether the source covers it: has cases
     * in its Veilig Thuis region (any source where none is asked). One row per area: gebied, naam,
     * toestemming, gedekt; for municipalities also the regions they lie in (politie, vt, vr: the margins of
     * their table) and, computed for the whole country, their code at the asked area's level (binnen_code).
     */
    String gebiedenSql() {
        // per municipality as it was, whether it has a case (an index probe each), not a scan of every case
        String gedekt = "m.vt_region in (select c.vt_region from ref_municipality c join ref_municipality hc"
                + " on hc.successor_code = c.code where exists (select 1 from stat_zaak zc where zc.gemeente_code = hc.code"
                + (vraag.bron() == null ? "" : " and zc.bron = :bron") + "))";
        String regios = vraag.niveau() != Niveau.GEMEENTE ? ""
                : ", min(m.police_unit) as politie, min(m.vt_region) as vt, min(m.safety_region_code) as vr"
                + (heelLand ? ", min(" + vraag.binnenNiveau().code + ") as binnen_code" : "");
        return "select " + vraag.niveau().code + " as gebied, " + vraag.niveau().naam + " as naam, bool_or("
                + telt() + ") as toestemming, bool_or(" + gedekt + ") as gedekt" + regios
                + " from ref_municipality m where m.valid_to_year is null"
                + (vraag.binnenNiveau() == null || heelLand ? "" : " and " + binnen()) + " group by 1, 2";
    }

    /** The select list's first three columns: gebied, naam, periode. */
    String groep(String datum, boolean tijdstip) {
        String periode = vraag.periode() == Periode.GEHEEL ? "cast(:van_d as date)"
                : "date_trunc('" + vraag.periode().sqlEenheid + "', "
                        + (tijdstip ? datum + " at time zone 'Europe/Amsterdam'" : datum) + ")::date";
        return vraag.niveau().code + " as gebied, " + vraag.niveau().naam + " as naam, " + periode + " as periode";
    }

    /** From and where for cases whose counted event ({@code datum}) lies in the period. */
    String zaken(String datum, boolean tijdstip) {
        return zaken(datum, tijdstip, "");
    }

    /** The same with extra joins to a case's details (aliases of the caller's choice). */
    String zaken(String datum, boolean tijdstip, String joins) {
        String s = tijdstip ? "_t" : "_d";
        return " from stat_zaak z" + gebiedVan("z.gemeente_code") + joins + " where " + datum
                + " >= :van" + s
                + " and " + datum + " < :tot" + s + " and " + gemeenten()
                + (vraag.bron() == null ? "" : " and z.bron = :bron");
    }

    /**
     * From and where for the cases with a RiHG or an order in the period, whichever date: the set that the
     * source comparison, data quality and the research extract look at.
     */
    String zakenMetRihgOfHuisverbod() {
        return " from stat_zaak z" + gebiedVan("z.gemeente_code") + "where"
                + " ((z.rihg_op >= :van_t and z.rihg_op < :tot_t) or (z.opgelegd_op >= :van_t and z.opgelegd_op < :tot_t))"
                + " and " + gemeenten() + (vraag.bron() == null ? "" : " and z.bron = :bron");
    }

    /**
     * Plans each of this transaction's statements for its own parameters. A prepared statement run often gets
     * PostgreSQL's generic plan, made without knowing the period: for a period that covers most cases it then
     * reads the table through the date index instead of at once (measured: the outcome table 2× slower than
     * the same SQL with the dates written in). Planning costs a millisecond; a figure reads thousands of rows.
     */
    void planEachStatement(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** The statement with this request's parameters bound. */
    JdbcClient.StatementSpec sql(JdbcClient jdbc, String sql) {
        var spec = jdbc.sql(sql);
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec;
    }

    boolean isEigen(String gebied) {
        return vraag.niveau() == Niveau.GEMEENTE && eigenGemeente != null && eigenGemeente.equals(gebied);
    }
}
