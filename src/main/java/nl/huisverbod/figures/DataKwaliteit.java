package nl.huisverbod.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the figures can be trusted (domain.md §12 data quality): per source the date of its last entry,
 * the share of cases missing a key field, and the cases that contradict the law or themselves, for the cases
 * of the period (by RiHG or order date) that the viewer's figures count. The case ids of the contradictions
 * are shown to the functional administrator only, who can have them corrected at the source.
 */
@Service
public class DataKwaliteit {

    static final int VOORBEELDEN = 10;

    /** A key field: its name and the condition under which a case misses it (over the cases it applies to). */
    private record Veld(String naam, String geldtVoor, String ontbreekt) {
    }

    private static final List<Veld> VELDEN = List.of(
            new Veld("incidentDatum", "true", "z.incident_op is null"),
            new Veld("rihg", "z.opgelegd_op is not null", "z.rihg_op is null"),
            new Veld("huishouden", "true", "not exists (select 1 from stat_persoon p where p.zaak_id = z.id)"),
            new Veld("aanhouding", "true", "z.aanhouding is null"),
            new Veld("huisverbod.eindeOp", "z.opgelegd_op is not null", "z.einde_op is null"),
            new Veld("termijnen", "z.opgelegd_op is not null",
                    "not exists (select 1 from stat_termijn t where t.zaak_id = z.id)"),
            new Veld("eersteContacten", "z.opgelegd_op is not null",
                    "not exists (select 1 from stat_eerste_contact c where c.zaak_id = z.id)"),
            new Veld("uitkomst", "z.opgelegd_op is not null", "z.uitkomst is null"));

    /** A contradiction: its message key and the condition (Wth articles in the messages). */
    private record Regel(String sleutel, String conditie) {
    }

    private static final List<Regel> REGELS = List.of(
            // Wth 2(1): the order holds for 10 days, with an extension at most 28 from its imposition
            new Regel("figures.quality.breachOutsideOrder", "exists (select 1 from stat_overtreding o where o.zaak_id = z.id"
                    + " and (o.op < z.opgelegd_op or o.op > coalesce(z.einde_op, z.opgelegd_op + interval '28 days')))"),
            // Wth 2(9): the extension is decided before the ten days end
            new Regel("figures.quality.lateExtension", "z.verlengd_op > z.opgelegd_op + interval '10 days'"),
            new Regel("figures.quality.rihgAfterOrder", "z.rihg_op > z.opgelegd_op"),
            new Regel("figures.quality.withdrawnAndExtendedAfter", "z.ingetrokken_op is not null and z.verlengd_op > z.ingetrokken_op"),
            new Regel("figures.quality.orderTooLong", "z.einde_op > z.opgelegd_op + interval '29 days'"));

    private final JdbcClient jdbc;
    private final Cijfers cijfers;
    private final CurrentUserProvider currentUser;
    private final Messages messages;

    DataKwaliteit(JdbcClient jdbc, Cijfers cijfers, CurrentUserProvider currentUser, Messages messages) {
        this.jdbc = jdbc;
        this.cijfers = cijfers;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    public record Ontbrekend(String veld, long ontbreekt, long n) {
    }

    public record Inconsistentie(String regel, String beschrijving, long aantal, List<String> voorbeelden) {
    }

    public record Bron(String bron, long zaken, LocalDate laatsteGebeurtenis, Instant laatstIngelezen,
                       List<Ontbrekend> ontbrekend, List<Inconsistentie> inconsistenties) {
    }

    /** A source of counts: its last entry and the years or periods it covers. */
    public record Telbron(String bron, LocalDate laatsteInvoer, Instant laatstIngelezen, long regels,
                          List<Inconsistentie> inconsistenties) {
    }

    public record Rapport(LocalDate van, LocalDate tot, List<Bron> bronnen, List<Telbron> tellingen) {
    }

    @Transactional(readOnly = true)
    public Rapport rapport(CijferVraag vraag) {
        CijferBasis b = cijfers.basis(vraag);
        boolean beheerder = currentUser.require().has(Role.FUNCTIONEEL_BEHEERDER);
        String inPeriode = b.zakenMetRihgOfHuisverbod();
        StringBuilder select = new StringBuilder("select z.bron, count(*) as zaken,"
                + " max(greatest(z.rihg_op, z.opgelegd_op, z.verlengd_op, z.ingetrokken_op)) as laatste,"
                + " max(z.bijgewerkt_op) as ingelezen");
        for (int i = 0; i < VELDEN.size(); i++) {
            Veld v = VELDEN.get(i);
            select.append(", count(*) filter (where ").append(v.geldtVoor()).append(") as n").append(i)
                    .append(", count(*) filter (where ").append(v.geldtVoor()).append(" and ").append(v.ontbreekt())
                    .append(") as o").append(i);
        }
        for (int i = 0; i < REGELS.size(); i++) {
            select.append(", count(*) filter (where ").append(REGELS.get(i).conditie()).append(") as r").append(i);
        }
        Map<String, Bron> bronnen = new LinkedHashMap<>();
        for (var row : b.sql(jdbc, select + inPeriode + " group by z.bron order by z.bron").query().listOfRows()) {
            String bron = (String) row.get("bron");
            List<Ontbrekend> ontbrekend = new ArrayList<>();
            for (int i = 0; i < VELDEN.size(); i++) {
                ontbrekend.add(new Ontbrekend(VELDEN.get(i).naam(), num(row.get("o" + i)), num(row.get("n" + i))));
            }
            List<Inconsistentie> inconsistenties = new ArrayList<>();
            for (int i = 0; i < REGELS.size(); i++) {
                long aantal = num(row.get("r" + i));
                List<String> voorbeelden = aantal == 0 || !beheerder ? List.of() : b.sql(jdbc,
                        "select z.extern_id" + inPeriode + " and z.bron = :deze and " + REGELS.get(i).conditie()
                                + " order by z.extern_id limit " + VOORBEELDEN).param("deze", bron).query(String.class).list();
                inconsistenties.add(new Inconsistentie(REGELS.get(i).sleutel(), messages.get(REGELS.get(i).sleutel()),
                        aantal, voorbeelden));
            }
            var laatste = (Timestamp) row.get("laatste");
            var ingelezen = (Timestamp) row.get("ingelezen");
            bronnen.put(bron, new Bron(bron, num(row.get("zaken")),
                    laatste == null ? null : LegalTime.localDate(laatste.toInstant()),
                    ingelezen == null ? null : ingelezen.toInstant(), ontbrekend, inconsistenties));
        }
        return new Rapport(vraag.van(), vraag.tot(), List.copyOf(bronnen.values()), tellingen(b));
    }

    private List<Telbron> tellingen(CijferBasis b) {
        List<Telbron> result = new ArrayList<>();
        var politie = b.sql(jdbc, "select max(make_date(p.jaar, 12, 31)) as laatste, max(p.ingelezen_op) as ingelezen,"
                + " count(*) as regels from politie_telling p" + CijferBasis.gebiedVan("p.gemeente_code") + "where "
                + b.gemeenten()).query().singleRow();
        result.add(new Telbron("politie", date(politie.get("laatste")), ts(politie.get("ingelezen")),
                num(politie.get("regels")), List.of()));
        var gemeente = b.sql(jdbc, "select max(g.laatste_invoer) as laatste, max(g.ingelezen_op) as ingelezen,"
                + " count(*) as regels, count(*) filter (where g.verlengingen > g.huisverboden) as meer_verlengd,"
                + " count(*) filter (where g.huisverboden > g.rihgs) as meer_huisverboden"
                + " from gemeente_telling g" + CijferBasis.gebiedVan("g.gemeente_code") + "where " + b.gemeenten())
                .query().singleRow();
        result.add(new Telbron("gemeente", date(gemeente.get("laatste")), ts(gemeente.get("ingelezen")),
                num(gemeente.get("regels")), List.of(
                        new Inconsistentie("figures.quality.moreExtensionsThanOrders",
                                messages.get("figures.quality.moreExtensionsThanOrders"), num(gemeente.get("meer_verlengd")),
                                List.of()),
                        new Inconsistentie("figures.quality.moreOrdersThanRihgs",
                                messages.get("figures.quality.moreOrdersThanRihgs"),
                                num(gemeente.get("meer_huisverboden")), List.of()))));
        return result;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : null;
    }

    private static Instant ts(Object o) {
        return o instanceof Timestamp t ? t.toInstant() : null;
    }
}
