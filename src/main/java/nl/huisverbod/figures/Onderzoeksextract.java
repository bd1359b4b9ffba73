package nl.huisverbod.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.incidents.Incident;
import nl.huisverbod.incidents.Recidive;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.Csv;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The pseudonymised research extract: case-level data of the consenting municipalities for researchers, as a
 * ZIP of CSV files. No names, BSN or addresses; cases and persons get pseudonyms that are stable within the
 * extract (the same person in two cases has the same one) and new in every extract, so two extracts cannot
 * be linked; dates are coarsened to the configured precision (a researcher may ask coarser, not finer).
 * Every extract is in the audit trail with who asked, for what period and how many cases.
 */
@Service
public class Onderzoeksextract {

    /** How precisely dates leave the system, from fine to coarse. */
    public enum Precisie { DAG, WEEK, MAAND, KWARTAAL, JAAR }

    static final List<String> UITKOMST = List.of("geweldstype", "aard", "kindermishandeling", "ernst", "intiemTerrorisme",
            "steunendNetwerk", "eerderHuisverbod", "bekendBijVtOfPolitie", "dreigingAfgenomen", "hulpGestartIemand",
            "hulpGestartAchterblijvers", "hulpGestartUithuisgeplaatste", "huishoudenVeranderd", "partnersUitElkaar");

    private final JdbcClient jdbc;
    private final Cijfers cijfers;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Precisie minimaal;
    private final int k;

    Onderzoeksextract(JdbcClient jdbc, Cijfers cijfers, CurrentUserProvider currentUser, AuditTrail audit,
                      ObjectMapper json, Clock clock,
                      @Value("${huisverbod.figures.extract.datum-precisie:MAAND}") Precisie minimaal,
                      @Value("${huisverbod.figures.extract.k:5}") int k) {
        this.k = k;
        this.jdbc = jdbc;
        this.cijfers = cijfers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.minimaal = minimaal;
    }

    /** {@code k}: the smallest group of cases sharing their quasi-identifiers in this extract. */
    public record Extract(byte[] zip, int zaken, Precisie precisie, int k, int weggelaten) {
    }

    /** Where a case's quasi-identifiers stand in its row, filled in once the generalisation is chosen. */
    private static final int GEMEENTE = 2, POLITIE = 3, VT = 4, VEILIGHEIDSREGIO = 5, INCIDENT = 6, RIHG = 7,
            OPGELEGD = 10, LEEFTIJD = 22;

    private record Persoon(String sleutel, String rol, Integer geboortejaar) {
    }

    @Transactional // writes its audit entry
    public Extract maak(CijferVraag vraag, Precisie gevraagd) {
        if (!currentUser.require().has(Role.ONDERZOEKER, Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("research extracts are for researchers");
        }
        Precisie precisie = gevraagd == null ? minimaal : gevraagd;
        if (precisie.ordinal() < minimaal.ordinal()) {
            throw InvalidInputException.of("precisie", "figures.extract.precision", minimaal.name());
        }
        cijfers.bestaat(vraag); // an unknown source, or sources that would put the same cases in twice
        // a researcher is outside every municipality: only consenting municipalities, whatever the level asked
        CijferBasis b = new CijferBasis(new CijferVraag(Niveau.LAND, Periode.JAAR, vraag.van(), vraag.tot(),
                vraag.binnenNiveau(), vraag.binnen(), vraag.bron()), null);
        Pseudoniemen p = Pseudoniemen.nieuw();
        String inPeriode = b.zakenMetRihgOfHuisverbod();
        LocalDate vandaag = LegalTime.localDate(clock.instant());

        Map<Object, List<Recidive.Nieuw>> nieuw = new HashMap<>();
        b.sql(jdbc, "select i.zaak_id, i.datum, i.bron from stat_nieuw_incident i where not i.stalking and i.zaak_id in"
                + " (select z.id" + inPeriode + ")").query(rs -> {
            nieuw.computeIfAbsent(rs.getObject(1), k -> new ArrayList<>()).add(new Recidive.Nieuw(
                    rs.getObject(2, LocalDate.class), Incident.Bron.valueOf(rs.getString(3))));
        });

        // the household of every case first: its composition is part of what identifies it
        Map<Object, List<Persoon>> huishoudens = new HashMap<>();
        b.sql(jdbc, "select s.zaak_id, s.persoon_key, s.rol, s.geboortejaar from stat_persoon s"
                + " where s.zaak_id in (select z.id" + inPeriode + ") order by 1, 2").query(rs -> {
            huishoudens.computeIfAbsent(rs.getObject(1), x -> new ArrayList<>())
                    .add(new Persoon(rs.getString(2), rs.getString(3), (Integer) rs.getObject(4)));
        });
        List<KAnonymity.Case> casussen = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        List<String> bronnen = new ArrayList<>();

        List<List<String>> zaken = new ArrayList<>();
        List<String> kop = new ArrayList<>(List.of("zaak", "bron", "gemeente_code", "politie_eenheid", "vt_regio",
                "veiligheidsregio", "incident", "rihg", "rihg_advies", "huisverbod", "opgelegd", "verlengd", "ingetrokken",
                "vernietigd", "overtredingen", "aanhouding", "minderjarigen", "opvang_uithuisgeplaatste",
                "voorlopige_voorziening", "beroep", "advocaat", "huishouden", "leeftijd_uithuisgeplaatste",
                "herhaling_politie_12m", "herhaling_alle_12m", "dagen_tot_eerste_politie_12m"));
        kop.addAll(UITKOMST);
        zaken.add(kop);
        Map<Object, String> zaakPseudoniem = new HashMap<>();
        b.sql(jdbc, """
                select z.id, z.bron, z.extern_id, z.gemeente_code, m.police_unit, m.vt_region, m.safety_region_code,
                  z.incident_op, z.rihg_op, z.rihg_advies, z.opgelegd_op, z.verlengd_op is not null as verlengd,
                  z.ingetrokken_op is not null as ingetrokken, z.vernietigd,
                  (select count(*) from stat_overtreding o where o.zaak_id = z.id) as overtredingen,
                  z.aanhouding, z.minderjarigen, z.opvang_uithuisgeplaatste,
                  exists (select 1 from stat_rechtsmiddel r where r.zaak_id = z.id and r.soort = 'VOORLOPIGE_VOORZIENING') as vovo,
                  exists (select 1 from stat_rechtsmiddel r where r.zaak_id = z.id and r.soort <> 'VOORLOPIGE_VOORZIENING') as beroep,
                  z.advocaat, (select count(*) from stat_persoon s where s.zaak_id = z.id) as huishouden,
                  z.uitkomst""" + inPeriode + " order by z.bron, z.extern_id").query(rs -> {
            String zaak = p.van("zaak", rs.getString("bron"), rs.getString("extern_id"));
            zaakPseudoniem.put(rs.getObject("id"), zaak);
            LocalDate incident = rs.getObject("incident_op", LocalDate.class);
            LocalDate rihg = dag(rs.getTimestamp("rihg_op"));
            LocalDate opgelegd = dag(rs.getTimestamp("opgelegd_op"));
            LocalDate origineel = incident != null ? incident : rihg != null ? rihg : opgelegd;
            var casus = new Recidive.Casus(origineel, nieuw.getOrDefault(rs.getObject("id"), List.of()));
            var politie = Recidive.perCasus(casus, 12, Recidive.Bronnen.POLITIE, vandaag);
            var alle = Recidive.perCasus(casus, 12, Recidive.Bronnen.ALLE, vandaag);
            LocalDate peildag = opgelegd != null ? opgelegd : rihg;
            List<Persoon> leden = huishoudens.getOrDefault(rs.getObject("id"), List.of());
            casussen.add(new KAnonymity.Case(rs.getString("gemeente_code"), tekst(rs.getString("vt_region")),
                    java.util.Arrays.asList(incident, rihg, opgelegd), peildag,
                    leden.stream().map(l -> new KAnonymity.Member(l.rol(), l.geboortejaar())).toList()));
            ids.add(rs.getObject("id"));
            bronnen.add(rs.getString("bron"));
            List<String> r = new ArrayList<>(List.of(zaak, rs.getString("bron"), rs.getString("gemeente_code"),
                    tekst(rs.getString("police_unit")), tekst(rs.getString("vt_region")),
                    tekst(rs.getString("safety_region_code")), grof(incident, precisie), grof(rihg, precisie),
                    tekst(rs.getString("rihg_advies")), jaNee(opgelegd != null), grof(opgelegd, precisie),
                    jaNee(rs.getBoolean("verlengd")), jaNee(rs.getBoolean("ingetrokken")), jaNee(rs.getBoolean("vernietigd")),
                    String.valueOf(rs.getLong("overtredingen")), jaNee((Boolean) rs.getObject("aanhouding")),
                    jaNee((Boolean) rs.getObject("minderjarigen")), jaNee((Boolean) rs.getObject("opvang_uithuisgeplaatste")),
                    jaNee(rs.getBoolean("vovo")), jaNee(rs.getBoolean("beroep")), jaNee((Boolean) rs.getObject("advocaat")),
                    String.valueOf(rs.getLong("huishouden")), "",
                    politie.vensterVerstreken() ? String.valueOf(politie.nieuweIncidenten()) : "",
                    alle.vensterVerstreken() ? String.valueOf(alle.nieuweIncidenten()) : "",
                    politie.vensterVerstreken() && politie.dagenTotEerste() != null
                            ? String.valueOf(politie.dagenTotEerste()) : ""));
            String uitkomst = rs.getString("uitkomst");
            JsonNode u = uitkomst == null ? null : json.readTree(uitkomst);
            for (String veld : UITKOMST) {
                JsonNode v = u == null ? null : u.get(veld);
                r.add(v == null || v.isNull() ? "" : v.isArray() ? String.join("|", v.valueStream()
                        .map(JsonNode::asString).sorted().toList()) : v.asString());
            }
            zaken.add(r);
        });

        // generalised until every case shares what identifies it with k - 1 others (issue 13, finding 4)
        KAnonymity.Result anoniem = KAnonymity.generalise(casussen, k, precisie);
        KAnonymity.Level niveau = anoniem.level();
        java.util.Set<Integer> weg = new java.util.HashSet<>(anoniem.withheld());
        List<List<String>> getoond = new ArrayList<>();
        getoond.add(zaken.get(0));
        List<Persoon> geenLeden = List.of();
        List<List<String>> personen = new ArrayList<>();
        personen.add(List.of("persoon", "zaak", "rol", "leeftijdsklasse"));
        for (int i = 0; i < casussen.size(); i++) {
            if (weg.contains(i)) {
                zaakPseudoniem.remove(ids.get(i));
                continue;
            }
            KAnonymity.Case c = casussen.get(i);
            List<String> r = zaken.get(i + 1);
            if (niveau.region()) {
                r.set(GEMEENTE, "");
                r.set(POLITIE, "");
                r.set(VEILIGHEIDSREGIO, "");
            }
            r.set(INCIDENT, grof(c.dates().get(0), niveau.precisie()));
            r.set(RIHG, grof(c.dates().get(1), niveau.precisie()));
            r.set(OPGELEGD, grof(c.dates().get(2), niveau.precisie()));
            String zaak = r.get(0);
            for (Persoon l : huishoudens.getOrDefault(ids.get(i), geenLeden)) {
                String klasse = niveau.rolesOnly() && !l.rol().equals("UITHUISGEPLAATSTE") ? ""
                        : KAnonymity.band(KAnonymity.age(l.geboortejaar(), c.peildag()), niveau.wideAges());
                if (l.rol().equals("UITHUISGEPLAATSTE") && r.get(LEEFTIJD).isEmpty()) {
                    r.set(LEEFTIJD, klasse);
                }
                personen.add(List.of(p.van("persoon", bronnen.get(i), l.sleutel()), zaak, l.rol(), klasse));
            }
            getoond.add(r);
        }

        List<List<String>> trajecten = new ArrayList<>();
        trajecten.add(List.of("zaak", "rol", "programma", "aangeboden", "geaccepteerd", "gestart", "afgerond", "score"));
        b.sql(jdbc, "select t.zaak_id, t.rol, t.programma, t.aangeboden, t.geaccepteerd, t.gestart, t.afgerond, t.score"
                + " from stat_traject t where t.zaak_id in (select z.id" + inPeriode + ") order by 1, 2, 3").query(rs -> {
            if (!zaakPseudoniem.containsKey(rs.getObject(1))) {
                return; // its case was left out for k-anonymity
            }
            Integer score = (Integer) rs.getObject(8);
            trajecten.add(List.of(zaakPseudoniem.get(rs.getObject(1)), rs.getString(2), rs.getString(3),
                    jaNee(rs.getBoolean(4)), jaNee(rs.getBoolean(5)), jaNee(rs.getBoolean(6)), jaNee(rs.getBoolean(7)),
                    score == null ? "" : score.toString()));
        });

        int n = getoond.size() - 1;
        audit.record(new AuditRecord(AuditAction.READ, "onderzoeksextract", null, null, List.of(),
                "onderzoeksextract", "AVG art. 89; Wth art. 2 (gepseudonimiseerd, toestemming gemeenten)",
                vraag.van() + " tot " + vraag.tot() + (vraag.binnen() == null ? "" : ", " + vraag.binnenNiveau() + " "
                        + vraag.binnen()) + (vraag.bron() == null ? "" : ", bron " + vraag.bron()) + ", precisie "
                        + niveau.precisie() + ", k " + anoniem.reached() + " (gevraagd " + k + "): " + n + " zaken, "
                        + weg.size() + " weggelaten"));
        return new Extract(zip(Map.of("zaken.csv", getoond, "personen.csv", personen, "trajecten.csv", trajecten),
                leesmij(vraag, niveau, n, anoniem)), n, niveau.precisie(), anoniem.reached(), weg.size());
    }

    private String leesmij(CijferVraag vraag, KAnonymity.Level niveau, int n, KAnonymity.Result anoniem) {
        Precisie precisie = niveau.precisie();
        return String.join("\r\n",
                "Onderzoeksextract tijdelijk huisverbod",
                "Gemaakt: " + clock.instant() + "; periode " + vraag.van() + " tot " + vraag.tot() + "; " + n + " zaken.",
                "Alleen gemeenten die toestemming gaven. Geen namen, BSN of adressen.",
                "Zaken en personen hebben pseudoniemen die alleen binnen dit extract gelijk blijven; een volgend extract",
                "heeft andere, zodat extracten niet te koppelen zijn.",
                "Datums zijn afgerond op " + precisie + " (DAG 2009-06-03, WEEK 2009-W23, MAAND 2009-06, KWARTAAL 2009-K2,"
                        + " JAAR 2009).",
                "k-anonimiteit: elke zaak deelt gebied, datums en huishouden (rollen en leeftijdsklassen) met minstens "
                        + (k - 1) + " andere zaken (gevraagd k = " + k + ", bereikt k = " + anoniem.reached() + ").",
                "Daarvoor is gegeneraliseerd: " + niveau.describe() + "; " + anoniem.withheld().size()
                        + " zaken die ook zo te herkennen bleven, zijn weggelaten.",
                "Leeftijden zijn klassen op de dag van het huisverbod (of de RiHG), geen geboortejaren.",
                "herhaling_*_12m: nieuwe incidenten binnen 12 maanden na het oorspronkelijke incident (domain.md par. 11);",
                "leeg als de 12 maanden nog niet voorbij zijn. Stalking telt niet mee.",
                "Kolommen van de uitkomstcodering: waarden zoals in docs/zaak-import.schema.json; meerdere waarden met |.",
                "");
    }

    private static byte[] zip(Map<String, List<List<String>>> bestanden, String leesmij) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("LEESMIJ.txt"));
            zip.write(leesmij.getBytes(StandardCharsets.UTF_8));
            for (String naam : List.of("zaken.csv", "personen.csv", "trajecten.csv")) {
                zip.putNextEntry(new ZipEntry(naam));
                StringBuilder sb = new StringBuilder();
                for (List<String> regel : bestanden.get(naam)) {
                    sb.append(Csv.line(regel)).append("\r\n");
                }
                zip.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String grof(LocalDate d, Precisie precisie) {
        if (d == null) {
            return "";
        }
        return switch (precisie) {
            case DAG -> d.toString();
            case WEEK -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MAAND -> Periode.MAAND.label(d);
            case KWARTAAL -> Periode.KWARTAAL.label(Periode.KWARTAAL.begin(d));
            case JAAR -> String.valueOf(d.getYear());
        };
    }

    private static LocalDate dag(Timestamp t) {
        return t == null ? null : LegalTime.localDate(t.toInstant());
    }

    private static String jaNee(Boolean b) {
        return b == null ? "" : b ? "ja" : "nee";
    }

    private static String tekst(String s) {
        return s == null ? "" : s;
    }
}
