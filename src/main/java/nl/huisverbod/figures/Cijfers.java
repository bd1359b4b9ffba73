package nl.huisverbod.figures;

import static nl.huisverbod.figures.TabelBouwer.KolomDef.aandeel;
import static nl.huisverbod.figures.TabelBouwer.KolomDef.aantal;
import static nl.huisverbod.figures.TabelBouwer.KolomDef.verhouding;
import static nl.huisverbod.figures.TabelBouwer.KolomDef.waarde;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.incidents.Incident;
import nl.huisverbod.incidents.Recidive;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every figure of domain.md §12 as a {@link Tabel}, computed in the database from the cases of all sources
 * ({@code stat_zaak}). Aggregates only: no figure carries anything about a person, and what leaves the viewer's
 * municipality has its small cells suppressed and counts only municipalities that consented.
 */
@Service
public class Cijfers {

    static final String TZ = " at time zone 'Europe/Amsterdam'";
    /** §11: the original incident; without its date, the RiHG's or the order's day. */
    static final String ORIGINEEL = "coalesce(z.incident_op, (z.rihg_op" + TZ + ")::date, (z.opgelegd_op" + TZ
            + ")::date)";

    private final JdbcClient jdbc;
    private final CijferInstellingen instellingen;
    private final CurrentUserProvider currentUser;
    private final Messages messages;
    private final SourceOverlaps overlaps;
    private final Clock clock;

    Cijfers(JdbcClient jdbc, CijferInstellingen instellingen, CurrentUserProvider currentUser, Messages messages,
            SourceOverlaps overlaps, Clock clock) {
        this.messages = messages;
        this.overlaps = overlaps;
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Options some figures take: the recidivism window in months and its sources. */
    public record Opties(Integer vensterMaanden, Recidive.Bronnen bronnen) {

        public static final Opties STANDAARD = new Opties(12, Recidive.Bronnen.POLITIE);

        /** §11: 12 months unless 18 or 24 are chosen. */
        int venster() {
            int v = vensterMaanden == null ? 12 : vensterMaanden;
            if (!Recidive.WINDOWS.contains(v)) {
                throw InvalidInputException.of("venster", "incidents.recidivism.window");
            }
            return v;
        }

        /** §11: police records only unless all sources are chosen (the comparison with and without order). */
        Recidive.Bronnen bronnenOfStandaard() {
            return bronnen == null ? Recidive.Bronnen.POLITIE : bronnen;
        }
    }

    @Transactional(readOnly = true)
    public Tabel tabel(Figuur figuur, CijferVraag vraag, Opties opties) {
        return bereken(figuur, basis(vraag), opties);
    }

    /**
     * A figure as anyone may see it (open data): as a viewer outside every municipality sees it, with the
     * threshold of the figures or {@code minimumDrempel} where that is higher. No one's permission is needed
     * for what passed disclosure control, so it needs no signed-in user.
     */
    @Transactional(readOnly = true)
    public Tabel openbareTabel(Figuur figuur, CijferVraag vraag, int minimumDrempel) {
        return bereken(figuur, new CijferBasis(vraag, null, Math.max(instellingen.drempel(), minimumDrempel)), null);
    }

    private Tabel bereken(Figuur figuur, CijferBasis basis, Opties opties) {
        bestaat(basis.vraag);
        basis.planEachStatement(jdbc);
        Periode per = basis.vraag.periode();
        Tabel t = figuur(figuur, basis.overHeleJaren(per).voorTabel(), opties);
        if (per == Periode.GEHEEL && basis.drempel > 1 && !basis.alleenEigen()) {
            t = t.verborgenWaarEenJaarIs(figuur(figuur, basis.overHeleJaren(Periode.JAAR).voorTabel(), opties));
        }
        return metGebiedsindeling(t);
    }

    private Tabel figuur(Figuur figuur, CijferBasis b, Opties opties) {
        return switch (figuur) {
            case AANTALLEN -> aantallen(b);
            case COHORT -> cohort(b);
            case PER_INWONERS -> perInwoners(b);
            case PER_POLITIEREGISTRATIE -> perPolitieregistratie(b);
            case TIJDIGHEID -> tijdigheid(b);
            case EERSTE_CONTACT -> eersteContact(b);
            case TRECHTER -> trechter(b);
            case RECIDIVE -> recidive(b, opties == null ? Opties.STANDAARD : opties);
            case UITKOMSTEN -> uitkomsten(b);
            case NIET_OPGELEGD -> nietOpgelegd(b);
        };
    }

    /**
     * A misspelt source or area would give an empty table that looks like zero orders: refused instead,
     * naming the known sources; and without a source, a period in which two sources hold the same cases would
     * count them twice: refused, naming the sources to choose from (issue 13, finding 5). All reported at once.
     */
    void bestaat(CijferVraag vraag) {
        var v = new nl.huisverbod.shared.Violations();
        if (vraag.bron() != null) {
            // the known sources are listed only for a source that is not one: every figure call asks this
            boolean bekend = jdbc.sql("select exists (select 1 from stat_zaak where bron = ?)").param(vraag.bron())
                    .query(Boolean.class).single();
            v.require(bekend, "bron", "figures.source.unknown", bekend ? "" : String.join(", ",
                    jdbc.sql("select distinct bron from stat_zaak order by 1").query(String.class).list()));
        } else {
            var overlap = overlaps.within(vraag.van().getYear(), vraag.tot().minusDays(1).getYear());
            v.require(overlap.isEmpty(), "bron", "figures.source.overlap", String.join("; ", overlap.stream()
                    .map(o -> messages.get("figures.source.overlapPair", o.source(), o.otherSource(),
                            String.valueOf(o.cases()), String.valueOf(o.firstYear()), String.valueOf(o.lastYear())))
                    .toList()));
        }
        if (vraag.binnenNiveau() != null) {
            boolean gebied = jdbc.sql("select exists (select 1 from ref_municipality m where m.valid_to_year is null and "
                    + vraag.binnenNiveau().code + " = :binnen)").param("binnen", vraag.binnen()).query(Boolean.class)
                    .single();
            v.require(gebied, "binnen", "figures.area.unknown");
        }
        v.throwIfAny();
    }

    /** Every table says in which boundaries it counts (ADR 0020). */
    private Tabel metGebiedsindeling(Tabel t) {
        List<String> toelichting = new ArrayList<>(t.toelichting());
        toelichting.add(messages.get("figures.note.areas"));
        return new Tabel(t.figuur(), t.niveau(), t.periode(), t.van(), t.tot(), t.drempel(), t.kolommen(), t.rijen(),
                toelichting);
    }

    CijferBasis basis(CijferVraag vraag) {
        CurrentUser user = currentUser.require();
        return new CijferBasis(vraag, user.organisationType() == OrganisationType.GEMEENTE ? user.scopeCode() : null,
                instellingen.drempel());
    }

    int drempel() {
        return instellingen.drempel();
    }

    LocalDate vandaag() {
        return LegalTime.localDate(clock.instant());
    }

    private TabelBouwer bouwer(CijferBasis b) {
        return new TabelBouwer(b, b.drempel).metGebieden(rows(b, b.gebiedenSql()));
    }

    private List<Map<String, Object>> rows(CijferBasis b, String sql) {
        return b.sql(jdbc, sql).query().listOfRows();
    }

    /** §12: RiHGs finalised and orders imposed in the period (each by its own date), and the conversion. */
    private Tabel aantallen(CijferBasis b) {
        // conversion is shown as a share of the RiHGs, although orders and RiHGs are counted on their own dates
        var conversie = new TabelBouwer.KolomDef("conversie", Tabel.Soort.AANDEEL, "huisverboden", "rihgs", 1);
        return rihgsEnHuisverboden(b).bouw(Figuur.AANTALLEN.sleutel, List.of(aantal("rihgs"), aantal("huisverboden"),
                conversie), List.of(messages.get("figures.note.conversion")));
    }

    /** RiHGs finalised and orders imposed per area and period, each counted on its own date (§12). */
    private TabelBouwer rihgsEnHuisverboden(CijferBasis b) {
        return bouwer(b)
                .voegToe(rows(b, "select " + b.groep("z.rihg_op", true) + ", count(*) as rihgs"
                        + b.zaken("z.rihg_op", true) + " group by 1, 2, 3"))
                .voegToe(rows(b, "select " + b.groep("z.opgelegd_op", true) + ", count(*) as huisverboden"
                        + b.zaken("z.opgelegd_op", true) + " group by 1, 2, 3"));
    }

    /** §12: of the orders imposed in the period (cohort), the share extended, withdrawn, breached, annulled... */
    private Tabel cohort(CijferBasis b) {
        String sql = "select " + b.groep("z.opgelegd_op", true) + """
                , count(*) as huisverboden,
                  count(*) filter (where z.verlengd_op is not null) as verlengd,
                  count(*) filter (where z.ingetrokken_op is not null) as ingetrokken,
                  count(*) filter (where exists (select 1 from stat_overtreding o where o.zaak_id = z.id)) as overtreden,
                  count(*) filter (where z.vernietigd or exists (select 1 from stat_rechtsmiddel r
                      where r.zaak_id = z.id and r.uitkomst = 'VERNIETIGD')) as vernietigd,
                  count(*) filter (where z.minderjarigen) as met_kinderen,
                  count(*) filter (where z.aanhouding) as samenloop,
                  count(*) filter (where z.opvang_uithuisgeplaatste) as opvang,
                  count(*) filter (where exists (select 1 from stat_rechtsmiddel r where r.zaak_id = z.id
                      and r.soort = 'VOORLOPIGE_VOORZIENING')) as voorlopige_voorziening,
                  count(*) filter (where exists (select 1 from stat_rechtsmiddel r where r.zaak_id = z.id
                      and r.soort in ('BEROEP', 'HOGER_BEROEP'))) as beroep,
                  count(*) filter (where z.advocaat) as advocaat""" + b.zaken("z.opgelegd_op", true) + " group by 1, 2, 3";
        List<TabelBouwer.KolomDef> kolommen = new ArrayList<>();
        kolommen.add(aantal("huisverboden"));
        for (String k : List.of("verlengd", "ingetrokken", "overtreden", "vernietigd", "met_kinderen", "samenloop",
                "opvang", "voorlopige_voorziening", "beroep", "advocaat")) {
            kolommen.add(aandeel(k, "huisverboden"));
        }
        return bouwer(b).voegToe(rows(b, sql)).bouw(Figuur.COHORT.sleutel, kolommen, List.of(messages.get("figures.note.cohort")));
    }

    /** §12: orders and RiHGs per 100,000 inhabitants (population on 1 January of the year). */
    private Tabel perInwoners(CijferBasis b) {
        if (b.vraag.periode() == Periode.GEHEEL) {
            throw InvalidInputException.of("periode", "figures.notWhole");
        }
        TabelBouwer t = rihgsEnHuisverboden(b);
        perJaar(b, t, "inwoners", "select " + b.vraag.niveau().code + """
                 as gebied, p.year as jaar, sum(p.population) as aantal
                from ref_population p""" + CijferBasis.gebiedVan("p.code") + """
                where p.year between :jaar_van and :jaar_tot and """ + " " + b.gemeenten() + " group by 1, 2");
        return t.bouw(Figuur.PER_INWONERS.sleutel, List.of(aantal("huisverboden"), aantal("rihgs"),
                        verhouding("huisverboden_per_100000", "huisverboden", "inwoners", 100_000),
                        verhouding("rihgs_per_100000", "rihgs", "inwoners", 100_000)),
                List.of(messages.get("figures.note.population")));
    }

    /** §12: orders and RiHGs per domestic-violence incident the police registered, same area and year. */
    private Tabel perPolitieregistratie(CijferBasis b) {
        if (b.vraag.periode() != Periode.JAAR) {
            throw InvalidInputException.of("periode", "figures.perYearOnly");
        }
        TabelBouwer t = rihgsEnHuisverboden(b);
        perJaar(b, t, "politieregistraties", "select " + b.vraag.niveau().code + """
                 as gebied, p.jaar, sum(p.aantal) as aantal
                from politie_telling p""" + CijferBasis.gebiedVan("p.gemeente_code") + """
                where p.jaar between :jaar_van and :jaar_tot and """ + " " + b.gemeenten() + " group by 1, 2");
        return t.bouw(Figuur.PER_POLITIEREGISTRATIE.sleutel, List.of(aantal("huisverboden"), aantal("rihgs"),
                        aantal("politieregistraties"),
                        verhouding("huisverboden_per_registratie", "huisverboden", "politieregistraties", 1),
                        verhouding("rihgs_per_registratie", "rihgs", "politieregistraties", 1)),
                List.of(messages.get("figures.note.police")));
    }

    private void perJaar(CijferBasis b, TabelBouwer t, String sleutel, String sql) {
        b.params.put("jaar_van", b.vraag.van().getYear());
        b.params.put("jaar_tot", b.vraag.tot().minusDays(1).getYear());
        Map<String, Map<Integer, Number>> perGebied = new HashMap<>();
        for (var row : rows(b, sql)) {
            perGebied.computeIfAbsent((String) row.get("gebied"), g -> new HashMap<>())
                    .put(((Number) row.get("jaar")).intValue(), (Number) row.get("aantal"));
        }
        t.perJaar(perGebied, sleutel);
    }

    /** §12 timeliness: per deadline, the share met and the median and 90th percentile of the hours taken. */
    private Tabel tijdigheid(CijferBasis b) {
        String uren = "extract(epoch from t.gedaan_op - t.start_op) / 3600.0";
        String sql = "select " + b.groep("t.start_op", true) + ", t.soort as categorie, count(*) as termijnen,"
                + " count(*) filter (where t.gedaan_op <= t.uiterlijk_op) as gehaald,"
                + " count(t.gedaan_op) as gedaan,"
                + " percentile_cont(0.5) within group (order by " + uren + ") as mediaan_uren,"
                + " percentile_cont(0.9) within group (order by " + uren + ") as p90_uren"
                + b.zaken("t.start_op", true, "join stat_termijn t on t.zaak_id = z.id") + " group by 1, 2, 3, 4";
        return bouwer(b).voegToe(rows(b, sql)).bouw(Figuur.TIJDIGHEID.sleutel, List.of(aantal("termijnen"),
                aandeel("gehaald", "termijnen"), waarde("mediaan_uren", "gedaan"), waarde("p90_uren", "gedaan")),
                List.of(messages.get("figures.note.timeliness")));
    }

    /**
     * §12 first-contact buckets per role, counted from the order's imposition, over the orders of the period:
     * every order once per role, so that an order with no first contact recorded for a role counts as
     * "none or unknown" (issue 13, finding 5), not as missing.
     */
    private Tabel eersteContact(CijferBasis b) {
        String na = "c.op - z.opgelegd_op";
        String sql = "select " + b.groep("z.opgelegd_op", true) + ", r.rol as categorie, count(*) as huisverboden,"
                + " count(*) filter (where " + na + " < interval '24 hours') as binnen_24_uur,"
                + " count(*) filter (where " + na + " >= interval '24 hours' and " + na + " < interval '48 hours') as uur_24_48,"
                + " count(*) filter (where " + na + " >= interval '48 hours' and " + na + " < interval '72 hours') as uur_48_72,"
                + " count(*) filter (where " + na + " >= interval '72 hours' and " + na + " < interval '96 hours') as uur_72_96,"
                + " count(*) filter (where " + na + " >= interval '96 hours') as vanaf_96_uur,"
                + " count(*) filter (where c.op is null) as geen_of_onbekend"
                + b.zaken("z.opgelegd_op", true, "cross join (select distinct rol from stat_eerste_contact) r"
                        + " left join stat_eerste_contact c on c.zaak_id = z.id and c.rol = r.rol") + " group by 1, 2, 3, 4";
        List<TabelBouwer.KolomDef> kolommen = new ArrayList<>(List.of(aantal("huisverboden")));
        for (String k : List.of("binnen_24_uur", "uur_24_48", "uur_48_72", "uur_72_96", "vanaf_96_uur",
                "geen_of_onbekend")) {
            kolommen.add(aandeel(k, "huisverboden"));
        }
        return bouwer(b).voegToe(rows(b, sql)).bouw(Figuur.EERSTE_CONTACT.sleutel, kolommen,
                List.of(messages.get("figures.note.firstContact")));
    }

    /** §9 funnel per role: offered → accepted → started → completed, and the share with a sufficient score (4–5). */
    private Tabel trechter(CijferBasis b) {
        String sql = "select " + b.groep("z.opgelegd_op", true) + ", t.rol as categorie, count(*) as trajecten,"
                + " count(*) filter (where t.aangeboden) as aangeboden,"
                + " count(*) filter (where t.geaccepteerd) as geaccepteerd,"
                + " count(*) filter (where t.gestart) as gestart,"
                + " count(*) filter (where t.afgerond) as afgerond,"
                + " count(t.score) as gescoord, count(*) filter (where t.score >= 4) as voldoende"
                + b.zaken("z.opgelegd_op", true, "join stat_traject t on t.zaak_id = z.id") + " group by 1, 2, 3, 4";
        return bouwer(b).voegToe(rows(b, sql)).bouw(Figuur.TRECHTER.sleutel, List.of(aantal("trajecten"),
                        aandeel("aangeboden", "trajecten"), aandeel("geaccepteerd", "aangeboden"),
                        aandeel("gestart", "aangeboden"), aandeel("afgerond", "aangeboden"),
                        aandeel("voldoende", "gescoord")),
                List.of(messages.get("figures.note.funnel")));
    }

    /**
     * §11 repeat violence of the cases whose original incident lies in the period, with an order and without
     * one (the control group), computed by {@link Recidive} so that a case's figures and the sets' agree.
     */
    private Tabel recidive(CijferBasis b, Opties opties) {
        int venster = opties.venster();
        Recidive.Bronnen bronnen = opties.bronnenOfStandaard();
        Map<List<Object>, List<Recidive.Casus>> groepen = new LinkedHashMap<>();
        Map<List<Object>, Map<String, Object>> koppen = new HashMap<>();
        for (RecidiveZaak z : recidiveZaken(b)) {
            List<Object> key = List.of(z.kop().get("gebied") == null ? "" : z.kop().get("gebied"), z.kop().get("periode"),
                    z.kop().get("categorie"));
            koppen.putIfAbsent(key, z.kop());
            groepen.computeIfAbsent(key, k -> new ArrayList<>()).add(z.casus());
        }
        LocalDate vandaag = LegalTime.localDate(clock.instant());
        List<Map<String, Object>> uitkomsten = new ArrayList<>();
        groepen.forEach((key, cases) -> {
            Recidive.Uitkomst u = Recidive.bereken(cases, venster, bronnen, vandaag);
            Map<String, Object> row = new HashMap<>(koppen.get(key));
            row.put("zaken", u.n());
            row.put("met_herhaling", u.metHerhaling());
            row.put("nieuwe_incidenten", Math.round(u.omvang() * u.n()));
            if (u.snelheidDagen() != null) {
                row.put("snelheid_dagen", u.snelheidDagen());
            }
            row.put("venster_niet_verstreken", u.uitgesloten());
            uitkomsten.add(row);
        });
        return bouwer(b).voegToe(uitkomsten).bouw(Figuur.RECIDIVE.sleutel, List.of(aantal("zaken"),
                        aandeel("met_herhaling", "zaken"), verhouding("omvang", "nieuwe_incidenten", "zaken", 1),
                        waarde("snelheid_dagen", "met_herhaling"), aantal("venster_niet_verstreken")),
                List.of(messages.get("figures.note.recidivism", String.valueOf(venster),
                        messages.get("figures.sources." + bronnen.name()))));
    }

    /**
     * A case as repeat violence counts it, with the area, period and group (with or without order) it is in;
     * {@code rihgAdvies} the RiHG's advice (ZaakFeiten.Advies), or ONBEKEND where the case has none.
     */
    record RecidiveZaak(Map<String, Object> kop, Recidive.Casus casus, boolean minderjarigen, boolean aanhouding,
                        String rihgAdvies) {

        boolean metHuisverbod() {
            return "MET_HUISVERBOD".equals(kop.get("categorie"));
        }
    }

    /**
     * The cases whose original incident lies in the period, each with its new incidents (§11). The incidents
     * are gathered per case in one pass and joined, not looked up case by case.
     */
    List<RecidiveZaak> recidiveZaken(CijferBasis b) {
        String sql = "select " + b.groep(ORIGINEEL, false)
                + ", case when z.opgelegd_op is null then 'ZONDER_HUISVERBOD' else 'MET_HUISVERBOD' end as categorie,"
                + " " + ORIGINEEL + " as origineel, coalesce(z.minderjarigen, false) as minderjarigen,"
                + " coalesce(z.aanhouding, false) as aanhouding, z.rihg_advies, i.nieuw"
                + b.zaken(ORIGINEEL, false, "left join (select zaak_id, string_agg(datum::text || ':' || bron, ',') as nieuw"
                        + " from stat_nieuw_incident where not stalking group by zaak_id) i on i.zaak_id = z.id");
        List<RecidiveZaak> result = new ArrayList<>();
        for (var row : rows(b, sql)) {
            var casus = new Recidive.Casus(((Date) row.remove("origineel")).toLocalDate(), nieuw((String) row.remove("nieuw")));
            boolean kinderen = (Boolean) row.remove("minderjarigen");
            boolean aanhouding = (Boolean) row.remove("aanhouding");
            String advies = (String) row.remove("rihg_advies");
            result.add(new RecidiveZaak(row, casus, kinderen, aanhouding, advies == null ? "ONBEKEND" : advies));
        }
        return result;
    }

    private static List<Recidive.Nieuw> nieuw(String lijst) {
        if (lijst == null || lijst.isEmpty()) {
            return List.of();
        }
        List<Recidive.Nieuw> result = new ArrayList<>();
        for (String s : lijst.split(",")) {
            int i = s.indexOf(':');
            result.add(new Recidive.Nieuw(LocalDate.parse(s.substring(0, i)), Incident.Bron.valueOf(s.substring(i + 1))));
        }
        return result;
    }

    /**
     * §10 outcome tables: per coded variable and value, the share of the coded orders of the period. One scan
     * of the coded cases gives the values and, in the rows without a category, each area and period's n.
     */
    private Tabel uitkomsten(CijferBasis b) {
        String sql = "with c as materialized (select " + b.groep("z.opgelegd_op", true) + ", z.uitkomst"
                + b.zaken("z.opgelegd_op", true) + " and z.uitkomst is not null)"
                + " select gebied, naam, periode, kv.key || '=' || kv.value as categorie, count(*) as zaken"
                + " from c cross join lateral jsonb_each_text(c.uitkomst - 'aard') kv where kv.value is not null"
                + " group by 1, 2, 3, 4"
                + " union all select gebied, naam, periode, 'aard=' || a.value, count(*)"
                + " from c cross join lateral jsonb_array_elements_text(c.uitkomst -> 'aard') a group by 1, 2, 3, 4"
                + " union all select gebied, naam, periode, null, count(*) from c group by 1, 2, 3";
        return perCategorie(b, sql, "gecodeerd").bouw(Figuur.UITKOMSTEN.sleutel,
                List.of(aantal("gecodeerd"), aandeel("zaken", "gecodeerd")), List.of(messages.get("figures.note.outcomes")));
    }

    /**
     * §4 step 4: of the RiHGs finalised in the period that no order followed, why none was imposed (issue 13,
     * finding 5); {@code ONBEKEND} where the registration does not say. One scan of those cases.
     */
    private Tabel nietOpgelegd(CijferBasis b) {
        String sql = "with c as materialized (select " + b.groep("z.rihg_op", true) + ", z.reden_niet_opgelegd as reden"
                + b.zaken("z.rihg_op", true) + " and z.opgelegd_op is null)"
                + " select gebied, naam, periode, coalesce(reden, 'ONBEKEND') as categorie, count(*) as zaken"
                + " from c group by 1, 2, 3, 4"
                + " union all select gebied, naam, periode, null, count(*) from c group by 1, 2, 3";
        return perCategorie(b, sql, "zonder_huisverbod").bouw(Figuur.NIET_OPGELEGD.sleutel,
                List.of(aantal("zonder_huisverbod"), aandeel("zaken", "zonder_huisverbod")),
                List.of(messages.get("figures.note.notImposed")));
    }

    /**
     * A table of counts per category ({@code zaken}) whose rows without a category are each area and period's
     * total, which becomes every category's n under {@code totaal}.
     */
    private TabelBouwer perCategorie(CijferBasis b, String sql, String totaal) {
        List<Map<String, Object>> waarden = new ArrayList<>();
        Map<String, Map<LocalDate, Number>> n = new HashMap<>();
        for (var row : rows(b, sql)) {
            if (row.get("categorie") != null) {
                waarden.add(row);
            } else {
                n.computeIfAbsent((String) row.get("gebied"), g -> new HashMap<>())
                        .put(((Date) row.get("periode")).toLocalDate(), (Number) row.get("zaken"));
            }
        }
        TabelBouwer t = bouwer(b).voegToe(waarden);
        t.perPeriode(n, totaal);
        return t;
    }
}
