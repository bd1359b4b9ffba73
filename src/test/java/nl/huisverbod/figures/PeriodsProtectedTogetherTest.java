package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A table by quarter or month is protected together with the table by year that is published beside it
 * (issue 13, finding 3): a year hidden there as a complement is not the sum of quarters or months shown here.
 * A region of four municipalities in 2009: A imposed 3 orders (June), B 20 (February and August, 10 each), C 40
 * and D 60 (every quarter). By year, A's 3 is small and B's 20 is hidden beside it; B's quarters (10, 0, 10, 0)
 * are each large enough, and a table of its own would show them, and with them B's year and then A's 3.
 */
class PeriodsProtectedTogetherTest {

    private static final LocalDate YEAR = LocalDate.of(2009, 1, 1);

    /** Per municipality, its orders per month of 2009. */
    private static final Map<String, int[]> ORDERS = Map.of(
            "A", new int[] {0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0},
            "B", new int[] {0, 10, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0},
            "C", new int[] {10, 0, 0, 10, 0, 0, 10, 0, 0, 10, 0, 0},
            "D", new int[] {15, 0, 0, 15, 0, 0, 15, 0, 0, 15, 0, 0});

    private static Tabel table(Periode per) {
        var basis = new CijferBasis(new CijferVraag(Niveau.GEMEENTE, per, YEAR, YEAR.plusYears(1), null, null, null),
                null, 5);
        List<Map<String, Object>> areas = new ArrayList<>();
        Map<String, Map<LocalDate, Long>> counts = new HashMap<>();
        ORDERS.forEach((area, months) -> {
            areas.add(new HashMap<>(Map.of("gebied", area, "naam", area, "toestemming", true, "gedekt", true,
                    "politie", "P", "vt", "V", "vr", "R")));
            for (int m = 0; m < 12; m++) {
                counts.computeIfAbsent(area, x -> new HashMap<>())
                        .merge(per.begin(YEAR.plusMonths(m)), (long) months[m], Long::sum);
            }
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((area, perPeriod) -> perPeriod.forEach((period, n) -> rows.add(Map.of("gebied", area,
                "naam", area, "periode", Date.valueOf(period), "huisverboden", n))));
        return new TabelBouwer(basis, 5).metGebieden(areas).voegToe(rows)
                .bouw("aantallen", List.of(TabelBouwer.KolomDef.aantal("huisverboden")), List.of());
    }

    private static List<Boolean> hidden(Tabel t, String area) {
        return t.rijen().stream().filter(r -> r.gebied().equals(area)).map(r -> r.cellen().get(0).onderdrukt())
                .toList();
    }

    @Test
    void a_year_hidden_beside_a_small_one_is_not_the_sum_of_the_quarters_or_months_shown() {
        Tabel years = table(Periode.JAAR);
        assertThat(hidden(years, "A")).as("3 is small").containsExactly(true);
        assertThat(hidden(years, "B")).as("the complement of A's 3 in the region's total").containsExactly(true);
        assertThat(hidden(years, "C")).containsExactly(false);

        for (Periode per : List.of(Periode.KWARTAAL, Periode.MAAND)) {
            List<Boolean> b = hidden(table(per), "B");
            assertThat(b.stream().filter(h -> h).count()).as(per + ": at least two of B's periods hidden, so that"
                    + " B's year cannot be added up from what is shown").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void every_table_that_shows_a_period_shows_the_same_pattern_of_it() {
        // the quarters' pattern worked out inside the table by month is the one the table by quarter shows
        Tabel quarters = table(Periode.KWARTAAL);
        Tabel months = table(Periode.MAAND);
        for (String area : ORDERS.keySet()) {
            List<Boolean> q = hidden(quarters, area);
            List<Boolean> m = hidden(months, area);
            for (int quarter = 0; quarter < 4; quarter++) {
                boolean aMonthHidden = m.subList(quarter * 3, quarter * 3 + 3).contains(true);
                if (q.get(quarter)) {
                    assertThat(aMonthHidden).as(area + " K" + (quarter + 1) + " hidden: one of its months too").isTrue();
                }
            }
        }
    }
}
