package nl.huisverbod.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * k-anonymity of the research extract (issue 13, finding 4). A case's quasi-identifiers are what an outsider
 * may know of a family: where it lives, when the order was (its dates as the extract shows them), the ages
 * of the household's members and its composition. The extract is generalised step by step, each step
 * coarser than the one before, until every case shares its quasi-identifiers with at least k - 1 others:
 * municipality to Veilig Thuis region, ages to wide bands, the household to its members' roles (the evicted
 * person's age band alone kept), dates to quarters and then years. Cases still alone with fewer than k after the last step are left out of the extract.
 */
final class KAnonymity {

    /** What an outsider may know of a case: area codes, its dates, the roles and birth years of its members. */
    record Case(String gemeente, String vtRegio, List<LocalDate> dates, LocalDate peildag, List<Member> members) {
    }

    record Member(String rol, Integer geboortejaar) {
    }

    /** How far the extract is generalised. */
    record Level(boolean region, boolean wideAges, boolean rolesOnly, Onderzoeksextract.Precisie precisie) {

        String describe() {
            return (region ? "gebied: Veilig Thuis-regio" : "gebied: gemeente") + "; datums per " + precisie
                    + (wideAges ? "; leeftijden in brede klassen" : "; leeftijden in klassen")
                    + (rolesOnly ? "; huishouden naar rol, zonder leeftijden (behalve die van de uithuisgeplaatste)"
                            : "; huishouden naar rol en leeftijdsklasse");
        }
    }

    /** The result: the level chosen, the smallest class it gave (k reached), and the cases left out. */
    record Result(Level level, int reached, List<Integer> withheld) {
    }

    private KAnonymity() {
    }

    static Result generalise(List<Case> cases, int k, Onderzoeksextract.Precisie from) {
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(false, false, false, from));
        levels.add(new Level(true, false, false, from));
        levels.add(new Level(true, true, false, from));
        levels.add(new Level(true, true, true, from));
        for (var p : Onderzoeksextract.Precisie.values()) {
            if (p.ordinal() > from.ordinal() && p.ordinal() >= Onderzoeksextract.Precisie.KWARTAAL.ordinal()) {
                levels.add(new Level(true, true, true, p));
            }
        }
        Level level = levels.get(0);
        Map<String, Integer> sizes = Map.of();
        for (Level l : levels) {
            level = l;
            sizes = classSizes(cases, l);
            if (cases.isEmpty() || sizes.values().stream().mapToInt(Integer::intValue).min().orElse(0) >= k) {
                break;
            }
        }
        Level chosen = level;
        Map<String, Integer> finalSizes = sizes;
        List<Integer> withheld = new ArrayList<>();
        int reached = Integer.MAX_VALUE;
        for (int i = 0; i < cases.size(); i++) {
            int size = finalSizes.get(key(cases.get(i), chosen));
            if (size < k) {
                withheld.add(i);
            } else {
                reached = Math.min(reached, size);
            }
        }
        return new Result(chosen, reached == Integer.MAX_VALUE ? 0 : reached, withheld);
    }

    /** The smallest class over the given cases at a level (k measured). */
    static int measure(List<Case> cases, Level level) {
        return classSizes(cases, level).values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    private static Map<String, Integer> classSizes(List<Case> cases, Level level) {
        Map<String, Integer> sizes = new HashMap<>();
        for (Case c : cases) {
            sizes.merge(key(c, level), 1, Integer::sum);
        }
        return sizes;
    }

    static String key(Case c, Level level) {
        StringBuilder key = new StringBuilder(level.region() ? c.vtRegio() : c.gemeente()).append('|');
        for (LocalDate d : c.dates()) {
            key.append(Onderzoeksextract.grof(d, level.precisie())).append('|');
        }
        Function<Member, String> describe = m -> m.rol() + (level.rolesOnly() && !m.rol().equals("UITHUISGEPLAATSTE")
                ? "" : ":" + band(age(m.geboortejaar(), c.peildag()), level.wideAges()));
        key.append(String.join(",", c.members().stream().map(describe).sorted().toList()));
        return key.toString();
    }

    static Integer age(Integer geboortejaar, LocalDate peildag) {
        return geboortejaar == null || peildag == null ? null : peildag.getYear() - geboortejaar;
    }

    /**
     * An age as a band: fine bands follow the law's own thresholds for children (12: heard, 18: adult), wide
     * bands are child, young adult, adult, older.
     */
    static String band(Integer age, boolean wide) {
        if (age == null) {
            return "";
        }
        int[] limits = wide ? new int[] {18, 45, 65} : new int[] {4, 12, 18, 25, 35, 45, 55, 65};
        int lower = 0;
        for (int limit : limits) {
            if (age < limit) {
                return lower + "-" + (limit - 1);
            }
            lower = limit;
        }
        return lower + "+";
    }
}
