package nl.huisverbod.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import nl.huisverbod.incidents.Recidive;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;

/**
 * Reads a figure request from query parameters (API, UI and exports alike), reporting every bad parameter at
 * once. Without parameters: the nation per year over the last ten calendar years.
 */
final class CijferParameters {

    private CijferParameters() {
    }

    record Verzoek(CijferVraag vraag, Cijfers.Opties opties) {
    }

    static Verzoek lees(Map<String, String> p, Clock clock) {
        var v = new Violations();
        LocalDate vandaag = LegalTime.localDate(clock.instant());
        Niveau niveau = keuze(p, "niveau", Niveau.class, Niveau.LAND, v);
        Periode periode = keuze(p, "periode", Periode.class, Periode.JAAR, v);
        LocalDate tot = datum(p, "tot", LocalDate.of(vandaag.getYear() + 1, 1, 1), v);
        LocalDate van = datum(p, "van", LocalDate.of(vandaag.getYear() - 9, 1, 1), v);
        Niveau binnenNiveau = keuze(p, "binnenNiveau", Niveau.class, null, v);
        Integer venster = null;
        if (p.get("venster") != null && !p.get("venster").isBlank()) {
            try {
                venster = Integer.valueOf(p.get("venster").trim());
            } catch (NumberFormatException e) {
                v.add("venster", "incidents.recidivism.window");
            }
            v.require(venster == null || Recidive.WINDOWS.contains(venster), "venster", "incidents.recidivism.window");
        }
        Recidive.Bronnen bronnen = keuze(p, "bronnen", Recidive.Bronnen.class, null, v);
        v.throwIfAny();
        return new Verzoek(new CijferVraag(niveau, periode, van, tot, binnenNiveau, p.get("binnen"), p.get("bron")),
                new Cijfers.Opties(venster, bronnen));
    }

    /** A value from a value set, upper-cased; a wrong one is reported with the choices, the default used. */
    static <E extends Enum<E>> E keuze(Map<String, String> p, String naam, Class<E> type, E standaard, Violations v) {
        String s = p.get(naam);
        if (s == null || s.isBlank()) {
            return standaard;
        }
        try {
            return Enum.valueOf(type, s.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            v.add(naam, "figures.import.choice", keuzes(type));
            return standaard;
        }
    }

    /** A date as 2009-06-30; a wrong one is reported, the default used. */
    static LocalDate datum(Map<String, String> p, String naam, LocalDate standaard, Violations v) {
        String s = p.get(naam);
        if (s == null || s.isBlank()) {
            return standaard;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            v.add(naam, "figures.import.date");
            return standaard;
        }
    }

    /** The choices of a value set, for the message that names them. */
    static String keuzes(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
