package nl.huisverbod.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a figure is grouped by; a period is known by its first day and shown as 2009-04, 2009-K2, 2009.
 * GEHEEL is the whole range asked as one period (a dashboard's comparison of areas).
 */
public enum Periode {
    MAAND("month", 1), KWARTAAL("quarter", 3), JAAR("year", 12), GEHEEL(null, 0);

    final String sqlEenheid;
    private final int maanden;

    Periode(String sqlEenheid, int maanden) {
        this.sqlEenheid = sqlEenheid;
        this.maanden = maanden;
    }

    LocalDate begin(LocalDate dag) {
        if (this == GEHEEL) {
            throw new IllegalStateException("the whole range has no period of its own");
        }
        int maand = (dag.getMonthValue() - 1) / maanden * maanden + 1;
        return LocalDate.of(dag.getYear(), maand, 1);
    }

    /** The first day after the period that holds the day before {@code tot}: the end of a range of whole periods. */
    LocalDate einde(LocalDate tot) {
        return begin(tot.minusDays(1)).plusMonths(maanden);
    }

    /** Every period that overlaps [van, tot). */
    List<LocalDate> tussen(LocalDate van, LocalDate tot) {
        if (this == GEHEEL) {
            return List.of(van);
        }
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate p = begin(van); p.isBefore(tot); p = p.plusMonths(maanden)) {
            result.add(p);
        }
        return result;
    }

    String label(LocalDate begin) {
        return switch (this) {
            case MAAND -> String.format("%d-%02d", begin.getYear(), begin.getMonthValue());
            case KWARTAAL -> begin.getYear() + "-K" + ((begin.getMonthValue() - 1) / 3 + 1);
            case JAAR -> String.valueOf(begin.getYear());
            case GEHEEL -> "totaal";
        };
    }
}
