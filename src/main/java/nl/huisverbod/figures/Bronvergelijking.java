package nl.huisverbod.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two sources side by side per municipality (domain.md §1, §12): the case registration, the municipality's own
 * count and the police's count of domestic-violence incidents, each with its period and date of last entry,
 * and the difference explained instead of hidden. Sources disagreeing is normal; the explanation says why.
 */
@Service
public class Bronvergelijking {

    private final JdbcClient jdbc;
    private final Cijfers cijfers;
    private final CijferInstellingen instellingen;
    private final GemeenteTellingen gemeenteTellingen;
    private final Messages messages;

    Bronvergelijking(JdbcClient jdbc, Cijfers cijfers, CijferInstellingen instellingen,
                     GemeenteTellingen gemeenteTellingen, Messages messages) {
        this.jdbc = jdbc;
        this.cijfers = cijfers;
        this.instellingen = instellingen;
        this.gemeenteTellingen = gemeenteTellingen;
        this.messages = messages;
    }

    /** RiHGs, orders, extended, withdrawn and breached orders; null when suppressed. */
    public record Tellingen(Long rihgs, Long huisverboden, Long verlengingen, Long intrekkingen, Long overtredingen) {
    }

    public record Registratie(Tellingen tellingen, LocalDate van, LocalDate tot, LocalDate laatsteGebeurtenis,
                              Instant ingelezenOp) {
    }

    public record Gemeentetelling(Tellingen tellingen, LocalDate van, LocalDate tot, LocalDate laatsteInvoer) {
    }

    public record Politie(Long registraties, List<Integer> jaren) {
    }

    public record Rij(String gemeenteCode, String naam, Registratie registratie, Gemeentetelling gemeente,
                      Politie politie, Tellingen verschil, List<String> verklaringen) {
    }

    public record Resultaat(LocalDate van, LocalDate tot, int drempel, List<Rij> rijen) {
    }

    @Transactional(readOnly = true)
    public Resultaat vergelijk(CijferVraag vraag) {
        var q = new CijferVraag(Niveau.GEMEENTE, Periode.JAAR, vraag.van(), vraag.tot(), vraag.binnenNiveau(),
                vraag.binnen(), vraag.bron());
        CijferBasis b = cijfers.basis(q);
        int drempel = instellingen.drempel();
        Map<String, String> namen = new TreeMap<>();
        Map<String, long[]> registratie = new HashMap<>();
        Map<String, Object[]> registratieMeta = new HashMap<>();
        String sql = """
                select m.code, m.name,
                  count(*) filter (where z.rihg_op >= :van_t and z.rihg_op < :tot_t) as rihgs,
                  count(*) filter (where z.opgelegd_op >= :van_t and z.opgelegd_op < :tot_t) as huisverboden,
                  count(*) filter (where z.opgelegd_op >= :van_t and z.opgelegd_op < :tot_t
                      and z.verlengd_op is not null) as verlengingen,
                  count(*) filter (where z.opgelegd_op >= :van_t and z.opgelegd_op < :tot_t
                      and z.ingetrokken_op is not null) as intrekkingen,
                  count(*) filter (where z.opgelegd_op >= :van_t and z.opgelegd_op < :tot_t
                      and exists (select 1 from stat_overtreding o where o.zaak_id = z.id)) as overtredingen,
                  max(greatest(z.rihg_op, z.opgelegd_op, z.verlengd_op, z.ingetrokken_op)) as laatste,
                  max(z.bijgewerkt_op) as ingelezen""" + b.zakenMetRihgOfHuisverbod() + " group by m.code";
        b.sql(jdbc, sql).query(rs -> {
            String code = rs.getString("code");
            namen.put(code, rs.getString("name"));
            registratie.put(code, new long[] {rs.getLong("rihgs"), rs.getLong("huisverboden"),
                    rs.getLong("verlengingen"), rs.getLong("intrekkingen"), rs.getLong("overtredingen")});
            Instant laatste = SqlTime.instant(rs, "laatste");
            registratieMeta.put(code, new Object[] {laatste == null ? null
                    : LegalTime.localDate(laatste), SqlTime.instant(rs, "ingelezen")});
        });
        Map<String, List<GemeenteTellingen.Telling>> eigen = new HashMap<>();
        var toegestaan = gemeentenInScope(b);
        for (var t : gemeenteTellingen.overlappend(q.van(), q.tot())) {
            if (toegestaan.containsKey(t.gemeenteCode())) {
                eigen.computeIfAbsent(t.gemeenteCode(), k -> new ArrayList<>()).add(t);
                namen.put(t.gemeenteCode(), toegestaan.get(t.gemeenteCode()));
            }
        }
        Map<String, long[]> politie = new HashMap<>();
        jdbc.sql("select gemeente_code, jaar, aantal from politie_telling where jaar between ? and ?")
                .params(q.van().getYear(), q.tot().minusDays(1).getYear())
                .query(rs -> {
                    if (namen.containsKey(rs.getString(1))) {
                        politie.merge(rs.getString(1), new long[] {rs.getLong(3), 1}, (a, c) -> new long[] {a[0] + c[0], a[1] + c[1]});
                    }
                });
        List<Integer> jaren = new ArrayList<>();
        for (int j = q.van().getYear(); j <= q.tot().minusDays(1).getYear(); j++) {
            jaren.add(j);
        }
        List<Rij> rijen = new ArrayList<>();
        for (var e : namen.entrySet()) {
            String code = e.getKey();
            boolean onderdrukken = !b.isEigen(code);
            long[] reg = registratie.getOrDefault(code, new long[5]);
            Object[] meta = registratieMeta.getOrDefault(code, new Object[2]);
            List<GemeenteTellingen.Telling> tellingen = eigen.getOrDefault(code, List.of());
            long[] gem = null;
            Gemeentetelling gemeente = null;
            if (!tellingen.isEmpty()) {
                gem = new long[5];
                LocalDate van = tellingen.get(0).van();
                LocalDate tot = tellingen.get(0).tot();
                LocalDate laatste = tellingen.get(0).laatsteInvoer();
                for (var t : tellingen) {
                    gem[0] += t.rihgs();
                    gem[1] += t.huisverboden();
                    gem[2] += t.verlengingen();
                    gem[3] += t.intrekkingen();
                    gem[4] += t.overtredingen();
                    van = t.van().isBefore(van) ? t.van() : van;
                    tot = t.tot().isAfter(tot) ? t.tot() : tot;
                    laatste = t.laatsteInvoer().isAfter(laatste) ? t.laatsteInvoer() : laatste;
                }
                gemeente = new Gemeentetelling(tellingen(gem, drempel, onderdrukken), van, tot, laatste);
            }
            long[] pol = politie.get(code);
            Politie p = new Politie(pol == null ? null : suppress(pol[0], drempel, onderdrukken), jaren);
            Tellingen verschil = null;
            if (gem != null) {
                long[] d = new long[5];
                for (int i = 0; i < 5; i++) {
                    d[i] = gem[i] - reg[i];
                }
                verschil = onderdrukken && (klein(reg, drempel) || klein(gem, drempel)) ? new Tellingen(null, null,
                        null, null, null) : new Tellingen(d[0], d[1], d[2], d[3], d[4]);
            }
            var registratieRij = new Registratie(tellingen(reg, drempel, onderdrukken), q.van(), q.tot().minusDays(1),
                    (LocalDate) meta[0], (Instant) meta[1]);
            rijen.add(new Rij(code, e.getValue(), registratieRij, gemeente, p, verschil,
                    verklaringen(registratieRij, reg, gemeente, gem, pol)));
        }
        return new Resultaat(q.van(), q.tot(), drempel, rijen);
    }

    /** Why the sources differ, as far as the data tell: periods, dates of last entry, what each one counts. */
    private List<String> verklaringen(Registratie reg, long[] regAantallen, Gemeentetelling gem, long[] gemAantallen,
                                      long[] politie) {
        List<String> v = new ArrayList<>();
        if (gem == null) {
            v.add(messages.get("figures.compare.noMunicipalCount"));
        } else {
            boolean zelfdePeriode = gem.van().equals(reg.van()) && gem.tot().equals(reg.tot());
            if (!zelfdePeriode) {
                v.add(messages.get("figures.compare.period", gem.van().toString(), gem.tot().toString(),
                        reg.van().toString(), reg.tot().toString()));
            }
            if (reg.laatsteGebeurtenis() != null && gem.laatsteInvoer().isBefore(reg.laatsteGebeurtenis())) {
                v.add(messages.get("figures.compare.municipalityOlder", gem.laatsteInvoer().toString(),
                        reg.laatsteGebeurtenis().toString()));
            }
            if (zelfdePeriode && !Arrays.equals(regAantallen, gemAantallen)) {
                v.add(messages.get("figures.compare.samePeriod"));
            }
            if (gemAantallen[2] > gemAantallen[1] || regAantallen[2] > regAantallen[1]) {
                v.add(messages.get("figures.compare.moreExtensions"));
            }
        }
        if (politie != null) {
            v.add(messages.get("figures.compare.police"));
        }
        return v;
    }

    private Map<String, String> gemeentenInScope(CijferBasis b) {
        Map<String, String> result = new HashMap<>();
        b.sql(jdbc, "select m.code, m.name from ref_municipality m where m.valid_to_year is null and " + b.gemeenten())
                .query(rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                });
        return result;
    }

    private static boolean klein(long[] a, int drempel) {
        for (long x : a) {
            if (x > 0 && x < drempel) {
                return true;
            }
        }
        return false;
    }

    private static Long suppress(long x, int drempel, boolean onderdrukken) {
        return onderdrukken && x > 0 && x < drempel ? null : x;
    }

    private static Tellingen tellingen(long[] a, int drempel, boolean o) {
        return new Tellingen(suppress(a[0], drempel, o), suppress(a[1], drempel, o), suppress(a[2], drempel, o),
                suppress(a[3], drempel, o), suppress(a[4], drempel, o));
    }
}
