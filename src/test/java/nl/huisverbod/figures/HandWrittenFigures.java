package nl.huisverbod.figures;

import java.util.List;

/**
 * The figures of the API as somebody would write them by hand in SQL on the same tables, for ten years
 * (2015–2024) of the national data set: the yardstick of {@link FigureQueryBenchmark}. Each counts what the
 * product counts (domain.md §11 and §12: the counted event's own date in Dutch time, consenting
 * municipalities only, an area from the current municipality that holds the case's municipality, ADR 0020)
 * and nothing more: no labels, no empty periods, no suppression.
 */
final class HandWrittenFigures {

    private HandWrittenFigures() {
    }

    static final String FROM = "timestamptz '2015-01-01 00:00 Europe/Amsterdam'";
    static final String TO = "timestamptz '2025-01-01 00:00 Europe/Amsterdam'";
    static final String CONSENT = "m.code in (select gemeente_code from cijfer_toestemming where toestemming)";

    /** The current municipality {@code m} of a case's municipality (ADR 0020). */
    static final String AREA = " join ref_municipality hm on hm.code = z.gemeente_code"
            + " join ref_municipality m on m.code = hm.successor_code";

    static String between(String column) {
        return column + " >= " + FROM + " and " + column + " < " + TO;
    }

    static String period(String unit, String column) {
        return "date_trunc('" + unit + "', " + column + " at time zone 'Europe/Amsterdam')";
    }

    /** RiHGs and orders per area and year, each on its own date. */
    static String counts(String area, String unit) {
        return "select area, period, count(*) filter (where kind = 'r') as rihgs,"
                + " count(*) filter (where kind = 'h') as huisverboden from ("
                + " select " + area + " as area, " + period(unit, "z.rihg_op") + " as period, 'r' as kind"
                + " from stat_zaak z" + AREA
                + " where " + between("z.rihg_op") + " and " + CONSENT
                + " union all select " + area + ", " + period(unit, "z.opgelegd_op") + ", 'h'"
                + " from stat_zaak z" + AREA
                + " where " + between("z.opgelegd_op") + " and " + CONSENT
                + ") x where area is not null group by area, period";
    }

    static final String ORIGINAL = "coalesce(z.incident_op, (z.rihg_op at time zone 'Europe/Amsterdam')::date,"
            + " (z.opgelegd_op at time zone 'Europe/Amsterdam')::date)";

    static final List<FigureQueryBenchmark.Pair> ALL = List.of(
            new FigureQueryBenchmark.Pair("aantallen LAND by year",
                    "/api/v1/cijfers/aantallen?niveau=LAND&periode=JAAR&van=2015-01-01&tot=2025-01-01",
                    counts("'NL'", "year"), "huisverboden"),
            new FigureQueryBenchmark.Pair("aantallen GEMEENTE by year",
                    "/api/v1/cijfers/aantallen?niveau=GEMEENTE&periode=JAAR&van=2015-01-01&tot=2025-01-01",
                    counts("m.code", "year"), "huisverboden"),
            new FigureQueryBenchmark.Pair("cohort VT_REGIO by quarter",
                    "/api/v1/cijfers/cohort?niveau=VT_REGIO&periode=KWARTAAL&van=2015-01-01&tot=2025-01-01",
                    "select m.vt_region, " + period("quarter", "z.opgelegd_op") + " as period, count(*) as huisverboden,"
                            + " count(*) filter (where z.verlengd_op is not null) as verlengd,"
                            + " count(*) filter (where z.ingetrokken_op is not null) as ingetrokken,"
                            + " count(*) filter (where exists (select 1 from stat_overtreding o where o.zaak_id = z.id)) as overtreden,"
                            + " count(*) filter (where z.vernietigd or exists (select 1 from stat_rechtsmiddel r"
                            + " where r.zaak_id = z.id and r.uitkomst = 'VERNIETIGD')) as vernietigd,"
                            + " count(*) filter (where z.minderjarigen) as met_kinderen,"
                            + " count(*) filter (where z.aanhouding) as samenloop,"
                            + " count(*) filter (where z.opvang_uithuisgeplaatste) as opvang,"
                            + " count(*) filter (where exists (select 1 from stat_rechtsmiddel r where r.zaak_id = z.id"
                            + " and r.soort = 'VOORLOPIGE_VOORZIENING')) as voorlopige_voorziening,"
                            + " count(*) filter (where exists (select 1 from stat_rechtsmiddel r where r.zaak_id = z.id"
                            + " and r.soort in ('BEROEP', 'HOGER_BEROEP'))) as beroep,"
                            + " count(*) filter (where z.advocaat) as advocaat"
                            + " from stat_zaak z" + AREA
                            + " where " + between("z.opgelegd_op") + " and " + CONSENT + " and m.vt_region is not null"
                            + " group by 1, 2", "verlengd"),
            new FigureQueryBenchmark.Pair("per-inwoners GEMEENTE by year",
                    "/api/v1/cijfers/per-inwoners?niveau=GEMEENTE&periode=JAAR&van=2015-01-01&tot=2025-01-01",
                    "select c.*, p.population from (" + counts("m.code", "year") + ") c left join ref_population p"
                            + " on p.code = c.area and p.year = extract(year from c.period)", "huisverboden"),
            new FigureQueryBenchmark.Pair("per-politieregistratie POLITIE_EENHEID by year",
                    "/api/v1/cijfers/per-politieregistratie?niveau=POLITIE_EENHEID&periode=JAAR&van=2015-01-01&tot=2025-01-01",
                    "select c.*, p.politieregistraties from (" + counts("m.police_unit", "year") + ") c left join ("
                            + " select m.police_unit, t.jaar, sum(t.aantal) as politieregistraties from politie_telling t"
                            + " join ref_municipality hm on hm.code = t.gemeente_code join ref_municipality m on m.code = hm.successor_code where t.jaar between 2015 and 2024"
                            + " and m.code in (select gemeente_code from cijfer_toestemming where toestemming)"
                            + " group by 1, 2) p on p.police_unit = c.area and p.jaar = extract(year from c.period)",
                    "politieregistraties"),
            new FigureQueryBenchmark.Pair("tijdigheid VEILIGHEIDSREGIO by year",
                    "/api/v1/cijfers/tijdigheid?niveau=VEILIGHEIDSREGIO&periode=JAAR&van=2015-01-01&tot=2025-01-01",
                    "select m.safety_region_code, " + period("year", "t.start_op") + ", t.soort, count(*) as termijnen,"
                            + " count(*) filter (where t.gedaan_op <= t.uiterlijk_op) as gehaald,"
                            + " percentile_cont(array[0.5, 0.9]) within group"
                            + " (order by extract(epoch from t.gedaan_op - t.start_op) / 3600.0) as uren"
                            + " from stat_termijn t join stat_zaak z on z.id = t.zaak_id" + AREA
                            + " where " + between("t.start_op") + " and " + CONSENT + " and m.safety_region_code is not null"
                            + " group by 1, 2, 3", "termijnen"),
            new FigureQueryBenchmark.Pair("eerste-contact LAND by month",
                    "/api/v1/cijfers/eerste-contact?niveau=LAND&periode=MAAND&van=2015-01-01&tot=2025-01-01",
                    "select " + period("month", "z.opgelegd_op") + ", r.rol, count(*) as huisverboden,"
                            + " count(*) filter (where c.op - z.opgelegd_op < interval '24 hours') as binnen_24_uur,"
                            + " count(*) filter (where c.op - z.opgelegd_op >= interval '24 hours'"
                            + " and c.op - z.opgelegd_op < interval '48 hours') as uur_24_48,"
                            + " count(*) filter (where c.op - z.opgelegd_op >= interval '48 hours'"
                            + " and c.op - z.opgelegd_op < interval '72 hours') as uur_48_72,"
                            + " count(*) filter (where c.op - z.opgelegd_op >= interval '72 hours'"
                            + " and c.op - z.opgelegd_op < interval '96 hours') as uur_72_96,"
                            + " count(*) filter (where c.op - z.opgelegd_op >= interval '96 hours') as vanaf_96_uur,"
                            + " count(*) filter (where c.op is null) as geen_of_onbekend"
                            + " from stat_zaak z" + AREA + " cross join (select distinct rol from stat_eerste_contact) r"
                            + " left join stat_eerste_contact c on c.zaak_id = z.id and c.rol = r.rol"
                            + " where " + between("z.opgelegd_op") + " and " + CONSENT + " group by 1, 2", "huisverboden"),
            new FigureQueryBenchmark.Pair("trechter VT_REGIO by year",
                    "/api/v1/cijfers/trechter?niveau=VT_REGIO&periode=JAAR&van=2015-01-01&tot=2025-01-01",
                    "select m.vt_region, " + period("year", "z.opgelegd_op") + ", t.rol, count(*) as trajecten,"
                            + " count(*) filter (where t.aangeboden) as aangeboden,"
                            + " count(*) filter (where t.geaccepteerd) as geaccepteerd,"
                            + " count(*) filter (where t.gestart) as gestart, count(*) filter (where t.afgerond) as afgerond,"
                            + " count(t.score) as gescoord, count(*) filter (where t.score >= 4) as voldoende"
                            + " from stat_traject t join stat_zaak z on z.id = t.zaak_id"
                            + AREA
                            + " where " + between("z.opgelegd_op") + " and " + CONSENT + " and m.vt_region is not null"
                            + " group by 1, 2, 3", "trajecten"),
            new FigureQueryBenchmark.Pair("recidive VT_REGIO by year, all sources, 24 months",
                    "/api/v1/cijfers/recidive?niveau=VT_REGIO&periode=JAAR&venster=24&bronnen=ALLE&van=2015-01-01&tot=2025-01-01",
                    "with c as (select z.id, m.vt_region, date_trunc('year', " + ORIGINAL + ") as period,"
                            + " z.opgelegd_op is not null as with_order, " + ORIGINAL + " as original,"
                            + " (" + ORIGINAL + " + interval '24 months')::date as window_end"
                            + " from stat_zaak z" + AREA
                            + " where " + ORIGINAL + " >= date '2015-01-01' and " + ORIGINAL + " < date '2025-01-01'"
                            + " and " + CONSENT + " and m.vt_region is not null),"
                            + " n as (select c.id, count(*) as incidents, min(i.datum) - c.original as days"
                            + " from c join stat_nieuw_incident i on i.zaak_id = c.id and not i.stalking"
                            + " and i.datum > c.original and i.datum <= c.window_end group by c.id, c.original)"
                            + " select c.vt_region, c.period, c.with_order,"
                            + " count(*) filter (where c.window_end <= (now() at time zone 'Europe/Amsterdam')::date) as zaken,"
                            + " count(n.id) filter (where c.window_end <= (now() at time zone 'Europe/Amsterdam')::date) as met_herhaling,"
                            + " sum(n.incidents) filter (where c.window_end <= (now() at time zone 'Europe/Amsterdam')::date) as nieuwe_incidenten,"
                            + " avg(n.days) filter (where c.window_end <= (now() at time zone 'Europe/Amsterdam')::date) as snelheid_dagen,"
                            + " count(*) filter (where c.window_end > (now() at time zone 'Europe/Amsterdam')::date) as venster_niet_verstreken"
                            + " from c left join n on n.id = c.id group by 1, 2, 3", "zaken"),
            new FigureQueryBenchmark.Pair("uitkomsten LAND by year",
                    "/api/v1/cijfers/uitkomsten?niveau=LAND&periode=JAAR&van=2015-01-01&tot=2025-01-01",
                    "with c as (select " + period("year", "z.opgelegd_op") + " as period, z.uitkomst from stat_zaak z" + AREA
                            + " where " + between("z.opgelegd_op") + " and " + CONSENT + " and z.uitkomst is not null)"
                            + " select period, kv.key || '=' || kv.value as category, count(*) as zaken, null::bigint as gecodeerd"
                            + " from c cross join lateral jsonb_each_text(c.uitkomst - 'aard') kv where kv.value is not null"
                            + " group by 1, 2"
                            + " union all select period, 'aard=' || a.value, count(*), null"
                            + " from c cross join lateral jsonb_array_elements_text(c.uitkomst -> 'aard') a group by 1, 2"
                            + " union all select period, null, null, count(*) from c group by 1", "zaken"),
            new FigureQueryBenchmark.Pair("niet-opgelegd VT_REGIO by year",
                    "/api/v1/cijfers/niet-opgelegd?niveau=VT_REGIO&periode=JAAR&van=2015-01-01&tot=2025-01-01",
                    "with c as materialized (select m.vt_region as area, " + period("year", "z.rihg_op") + " as period,"
                            + " coalesce(z.reden_niet_opgelegd, 'ONBEKEND') as reason from stat_zaak z" + AREA
                            + " where " + between("z.rihg_op") + " and z.opgelegd_op is null and " + CONSENT
                            + " and m.vt_region is not null)"
                            + " select area, period, reason, count(*) as zaken, null::bigint as totaal from c group by 1, 2, 3"
                            + " union all select area, period, null, null, count(*) from c group by 1, 2",
                    "zaken"));
}
