package nl.huisverbod.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Violations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboards of the UI: for a municipality, a region, the nation and the researcher. Each is a set of
 * panels, a chart with the table of the same numbers beside it and the downloads of that table; all numbers
 * come from {@link Cijfers}, so the dashboard, the API and the exports always agree.
 */
@Service
public class Dashboards {

    public enum Soort { GEMEENTE, REGIO, LAND, ONDERZOEK }

    /** What the user chose in the filter form (or the defaults for their organisation). */
    public record Keuze(Soort soort, LocalDate van, LocalDate tot, Periode periode, String gemeente,
                        Niveau regioNiveau, String regio, String bron) {
    }

    public record Paneel(String id, String titel, String svg, Tabel tabel, String csv, String xlsx) {
    }

    public record Weergave(Keuze keuze, String titel, List<Paneel> panelen) {
    }

    private final Cijfers cijfers;
    private final Messages messages;
    private final CurrentUserProvider currentUser;
    private final Municipalities municipalities;
    private final Clock clock;

    Dashboards(Cijfers cijfers, Messages messages, CurrentUserProvider currentUser, Municipalities municipalities,
               Clock clock) {
        this.municipalities = municipalities;
        this.cijfers = cijfers;
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The dashboard that fits the user's organisation. */
    public Soort standaard() {
        CurrentUser u = currentUser.require();
        return switch (u.organisationType()) {
            case GEMEENTE -> Soort.GEMEENTE;
            case VEILIG_THUIS, POLITIE, OM -> Soort.REGIO;
            case ONDERZOEK -> Soort.ONDERZOEK;
            default -> Soort.LAND;
        };
    }

    /**
     * Fills in what the form left open (the last two years by month, the user's own municipality or region);
     * a wrong value is reported in {@code v} and its default used, so that the page still shows figures.
     */
    public Keuze aanvullen(Soort soort, Map<String, String> p, Violations v) {
        CurrentUser u = currentUser.require();
        LocalDate vandaag = LegalTime.localDate(clock.instant());
        LocalDate tot = CijferParameters.datum(p, "tot", vandaag.withDayOfMonth(1).plusMonths(1), v);
        LocalDate van = CijferParameters.datum(p, "van", soort == Soort.GEMEENTE || soort == Soort.REGIO
                ? tot.minusMonths(24) : LocalDate.of(tot.minusDays(1).getYear() - 9, 1, 1), v);
        Periode periode = CijferParameters.keuze(p, "periode", Periode.class,
                soort == Soort.GEMEENTE || soort == Soort.REGIO ? Periode.MAAND : Periode.JAAR, v);
        if (periode == Periode.GEHEEL) {
            periode = Periode.JAAR;
        }
        String gemeente = tekst(p.get("gemeente"), u.organisationType() == OrganisationType.GEMEENTE ? u.scopeCode()
                : "GM0106");
        // the region list sends level and region as one value, "VT_REGIO|Drenthe"
        String regioKeuze = p.get("regioKeuze");
        if (regioKeuze != null && regioKeuze.contains("|")) {
            p = new HashMap<>(p);
            p.put("regioNiveau", regioKeuze.substring(0, regioKeuze.indexOf('|')));
            p.put("regio", regioKeuze.substring(regioKeuze.indexOf('|') + 1));
        }
        Niveau regioNiveau = CijferParameters.keuze(p, "regioNiveau", Niveau.class, u.organisationType()
                == OrganisationType.VEILIG_THUIS ? Niveau.VT_REGIO : u.role().isPolice() || u.organisationType()
                == OrganisationType.OM ? Niveau.POLITIE_EENHEID : Niveau.VT_REGIO, v);
        if (regioNiveau == Niveau.GEMEENTE || regioNiveau == Niveau.LAND) {
            regioNiveau = Niveau.VT_REGIO;
        }
        // the region of the user's own organisation, or of the municipality shown
        Niveau niveau = regioNiveau;
        String standaardRegio = switch (u.organisationType()) {
            case VEILIG_THUIS, POLITIE, OM -> u.scopeCode();
            default -> municipalities.current(gemeente).map(m -> switch (niveau) {
                case POLITIE_EENHEID -> m.policeUnit();
                case VEILIGHEIDSREGIO -> m.safetyRegionCode();
                default -> m.vtRegion();
            }).orElse("Drenthe");
        };
        return new Keuze(soort, van, tot, periode, gemeente, regioNiveau, tekst(p.get("regio"), standaardRegio),
                tekst(p.get("bron"), null));
    }

    public Weergave weergave(Keuze k) {
        List<Paneel> panelen = new ArrayList<>();
        switch (k.soort()) {
            case GEMEENTE -> {
                Function<Periode, CijferVraag> hier = p -> new CijferVraag(Niveau.GEMEENTE, p, k.van(), k.tot(),
                        Niveau.GEMEENTE, k.gemeente(), k.bron());
                panelen.add(trend("trend", Figuur.AANTALLEN, hier.apply(k.periode()), List.of("rihgs", "huisverboden"), k));
                panelen.add(staafKolommen("verloop", Figuur.COHORT, hier.apply(Periode.JAAR), k));
                panelen.add(staafCategorie("eerste-contact", Figuur.EERSTE_CONTACT, hier.apply(Periode.GEHEEL),
                        List.of("binnen_24_uur", "uur_24_48", "uur_48_72", "uur_72_96", "vanaf_96_uur", "geen_of_onbekend"), k));
                panelen.add(staafCategorie("tijdigheid", Figuur.TIJDIGHEID, hier.apply(Periode.GEHEEL), List.of("gehaald"), k));
                panelen.add(staafCategorie("trechter", Figuur.TRECHTER, hier.apply(Periode.GEHEEL),
                        List.of("geaccepteerd", "gestart", "afgerond", "voldoende"), k));
                panelen.add(trend("per-inwoners", Figuur.PER_INWONERS, hier.apply(Periode.JAAR),
                        List.of("huisverboden_per_100000", "rihgs_per_100000"), k));
            }
            case REGIO -> {
                panelen.add(trend("trend", Figuur.AANTALLEN, new CijferVraag(k.regioNiveau(), k.periode(), k.van(), k.tot(),
                        k.regioNiveau(), k.regio(), k.bron()), List.of("rihgs", "huisverboden"), k));
                CijferVraag perGemeente = new CijferVraag(Niveau.GEMEENTE, Periode.GEHEEL, k.van(), k.tot(), k.regioNiveau(),
                        k.regio(), k.bron());
                panelen.add(staafGebieden("gemeenten", Figuur.AANTALLEN, perGemeente, List.of("rihgs", "huisverboden"), k));
                panelen.add(staafGebieden("verloop", Figuur.COHORT, perGemeente, List.of("verlengd", "overtreden"), k));
                panelen.add(staafCategorie("tijdigheid", Figuur.TIJDIGHEID, new CijferVraag(k.regioNiveau(), Periode.GEHEEL,
                        k.van(), k.tot(), k.regioNiveau(), k.regio(), k.bron()), List.of("gehaald"), k));
            }
            case LAND -> {
                CijferVraag land = new CijferVraag(Niveau.LAND, k.periode(), k.van(), k.tot(), null, null, k.bron());
                panelen.add(trend("trend", Figuur.AANTALLEN, land, List.of("rihgs", "huisverboden"), k));
                panelen.add(trend("per-inwoners", Figuur.PER_INWONERS, new CijferVraag(Niveau.LAND, Periode.JAAR, k.van(),
                        k.tot(), null, null, k.bron()), List.of("huisverboden_per_100000", "rihgs_per_100000"), k));
                panelen.add(staafGebieden("regios", Figuur.AANTALLEN, new CijferVraag(Niveau.VT_REGIO, Periode.GEHEEL,
                        k.van(), k.tot(), null, null, k.bron()), List.of("huisverboden"), k));
                panelen.add(trend("verloop", Figuur.COHORT, land, List.of("verlengd", "ingetrokken", "overtreden"), k));
            }
            case ONDERZOEK -> {
                CijferVraag land = new CijferVraag(Niveau.LAND, Periode.JAAR, k.van(), k.tot(), null, null, k.bron());
                panelen.add(recidiveTrend(land, k));
                panelen.add(staafCategorie("trechter", Figuur.TRECHTER, new CijferVraag(Niveau.LAND, Periode.GEHEEL, k.van(),
                        k.tot(), null, null, k.bron()), List.of("geaccepteerd", "gestart", "afgerond", "voldoende"), k));
                panelen.add(alleenTabel("uitkomsten", Figuur.UITKOMSTEN, new CijferVraag(Niveau.LAND, Periode.GEHEEL,
                        k.van(), k.tot(), null, null, k.bron()), k));
                panelen.add(staafCategorie("niet-opgelegd", Figuur.NIET_OPGELEGD, new CijferVraag(Niveau.LAND,
                        Periode.GEHEEL, k.van(), k.tot(), null, null, k.bron()), List.of("zaken"), k));
            }
        }
        return new Weergave(k, messages.get("figures.dashboard." + k.soort().name().toLowerCase()), panelen);
    }

    /** A line per column over the periods; with several areas, one line per area of the first column. */
    private Paneel trend(String id, Figuur f, CijferVraag q, List<String> kolommen, Keuze k) {
        Tabel t = cijfers.tabel(f, q, Cijfers.Opties.STANDAARD);
        List<String> perioden = t.rijen().stream().map(Tabel.Rij::periode).distinct().toList();
        boolean procent = kolommen.stream().allMatch(c -> soort(t, c) == Tabel.Soort.AANDEEL);
        List<Grafiek.Serie> series = new ArrayList<>();
        List<String> gebieden = t.rijen().stream().map(Tabel.Rij::gebied).distinct().toList();
        for (String gebied : gebieden) {
            for (String c : gebieden.size() > 1 ? kolommen.subList(0, 1) : kolommen) {
                int i = index(t, c);
                Map<String, Double> perPeriode = new LinkedHashMap<>();
                t.rijen().stream().filter(r -> r.gebied().equals(gebied) && r.categorie() == null)
                        .forEach(r -> perPeriode.put(r.periode(), r.cellen().get(i).waarde()));
                String naam = (gebieden.size() > 1 ? naam(t, gebied) + ": " : "") + label(c);
                // one area: each measure in its own colour; several: each area in the next one
                series.add(new Grafiek.Serie(naam, perioden.stream().map(perPeriode::get).toList(),
                        gebieden.size() > 1 ? -1 : colour(c)));
            }
        }
        return paneel(id, f, q, t, Grafiek.lijn(titel(f), id + "-tabel", perioden, series, procent), k);
    }

    private Paneel recidiveTrend(CijferVraag q, Keuze k) {
        Tabel t = cijfers.tabel(Figuur.RECIDIVE, q, Cijfers.Opties.STANDAARD);
        List<String> perioden = t.rijen().stream().map(Tabel.Rij::periode).distinct().sorted().toList();
        int i = index(t, "met_herhaling");
        List<Grafiek.Serie> series = new ArrayList<>();
        for (String groep : List.of("MET_HUISVERBOD", "ZONDER_HUISVERBOD")) {
            Map<String, Double> perPeriode = new LinkedHashMap<>();
            t.rijen().stream().filter(r -> groep.equals(r.categorie()))
                    .forEach(r -> perPeriode.put(r.periode(), r.cellen().get(i).waarde()));
            series.add(new Grafiek.Serie(messages.get("figures.group." + groep), perioden.stream().map(perPeriode::get).toList(),
                    colour(groep)));
        }
        return paneel("recidive", Figuur.RECIDIVE, q, t, Grafiek.lijn(titel(Figuur.RECIDIVE), "recidive-tabel", perioden,
                series, true), k);
    }

    /** Bars for the shares of one area over its years (the course of the orders). */
    private Paneel staafKolommen(String id, Figuur f, CijferVraag q, Keuze k) {
        Tabel t = cijfers.tabel(f, q, Cijfers.Opties.STANDAARD);
        List<String> kolommen = t.kolommen().stream().filter(c -> c.soort() == Tabel.Soort.AANDEEL)
                .map(Tabel.Kolom::sleutel).toList();
        List<Grafiek.Serie> series = t.rijen().stream().map(r -> new Grafiek.Serie(r.periode(), kolommen.stream()
                .map(c -> r.cellen().get(index(t, c)).waarde()).toList())).toList();
        return paneel(id, f, q, t, Grafiek.staaf(titel(f), id + "-tabel", kolommen.stream().map(this::label).toList(),
                series, true), k);
    }

    /** Bars per category (deadline, role) for the given share columns. */
    private Paneel staafCategorie(String id, Figuur f, CijferVraag q, List<String> kolommen, Keuze k) {
        Tabel t = cijfers.tabel(f, q, Cijfers.Opties.STANDAARD);
        List<Tabel.Rij> rijen = t.rijen().stream().filter(r -> r.categorie() != null).toList();
        List<Grafiek.Serie> series = kolommen.stream().map(c -> new Grafiek.Serie(label(c), rijen.stream()
                .map(r -> r.cellen().get(index(t, c)).waarde()).toList(), colour(c))).toList();
        List<String> labels = rijen.stream().map(r -> categorie(r.categorie())).toList();
        return paneel(id, f, q, t, Grafiek.staaf(titel(f), id + "-tabel", labels, series, true), k);
    }

    /** Bars per area for the given columns. */
    private Paneel staafGebieden(String id, Figuur f, CijferVraag q, List<String> kolommen, Keuze k) {
        Tabel t = cijfers.tabel(f, q, Cijfers.Opties.STANDAARD);
        boolean procent = kolommen.stream().allMatch(c -> soort(t, c) == Tabel.Soort.AANDEEL);
        List<Grafiek.Serie> series = kolommen.stream().map(c -> new Grafiek.Serie(label(c), t.rijen().stream()
                .map(r -> r.cellen().get(index(t, c)).waarde()).toList(), colour(c))).toList();
        return paneel(id, f, q, t, Grafiek.staaf(titel(f), id + "-tabel", t.rijen().stream().map(Tabel.Rij::naam).toList(),
                series, procent), k);
    }

    /**
     * The colour of a measure, the same in every chart (issue 12: colours changed meaning between charts): a
     * RiHG is blue, an order orange, an extension green, and so on; a measure not listed takes its position.
     */
    static int colour(String measure) {
        return switch (measure) {
            case "rihgs", "rihgs_per_100000", "ZONDER_HUISVERBOD", "geaccepteerd", "binnen_24_uur" -> 0;
            case "huisverboden", "huisverboden_per_100000", "MET_HUISVERBOD", "gestart", "uur_24_48" -> 1;
            case "verlengd", "gehaald", "afgerond", "uur_48_72" -> 2;
            case "ingetrokken", "voldoende", "uur_72_96" -> 3;
            case "zaken", "vanaf_96_uur" -> 4;
            case "overtreden", "geen_of_onbekend" -> 5;
            default -> -1;
        };
    }

    private Paneel alleenTabel(String id, Figuur f, CijferVraag q, Keuze k) {
        return paneel(id, f, q, cijfers.tabel(f, q, Cijfers.Opties.STANDAARD), null, k);
    }

    private Paneel paneel(String id, Figuur f, CijferVraag q, Tabel t, String svg, Keuze k) {
        var url = UriComponentsBuilder.fromPath("/cijfers/tabel/" + f.sleutel + ".csv")
                .queryParam("niveau", q.niveau()).queryParam("periode", q.periode())
                .queryParam("van", q.van()).queryParam("tot", q.tot());
        if (q.binnen() != null) {
            url.queryParam("binnenNiveau", q.binnenNiveau()).queryParam("binnen", q.binnen());
        }
        if (q.bron() != null) {
            url.queryParam("bron", q.bron());
        }
        String csv = url.encode().toUriString();
        String titel = messages.has("figures.panel." + id) ? titel(f) + " · " + messages.get("figures.panel." + id) : titel(f);
        return new Paneel(id, titel, t.rijen().isEmpty() ? null : svg, t, csv,
                csv.replace(f.sleutel + ".csv", f.sleutel + ".xlsx"));
    }

    private String titel(Figuur f) {
        return messages.get("figures.title." + f.sleutel);
    }

    public String label(String kolom) {
        return messages.get("figures.column." + kolom);
    }

    /** A category as the reader knows it: a role, a deadline or an outcome value. */
    public String categorie(String c) {
        return categorie(LocaleContextHolder.getLocale(), c);
    }

    /** A category in the given language (open data describes its categories in Dutch and English). */
    public String categorie(Locale locale, String c) {
        if (c == null) {
            return "";
        }
        String key = Arrays.stream(new String[] {"figures.category." + c, "deadline.kind." + c, "role." + c, "reden." + c})
                .filter(messages::has).findFirst().orElse(null);
        return key == null ? c : messages.get(locale, key);
    }

    private static String naam(Tabel t, String gebied) {
        return t.rijen().stream().filter(r -> r.gebied().equals(gebied)).map(Tabel.Rij::naam).findFirst().orElse(gebied);
    }

    private static int index(Tabel t, String kolom) {
        for (int i = 0; i < t.kolommen().size(); i++) {
            if (t.kolommen().get(i).sleutel().equals(kolom)) {
                return i;
            }
        }
        throw new IllegalArgumentException(kolom);
    }

    private static Tabel.Soort soort(Tabel t, String kolom) {
        return t.kolommen().get(index(t, kolom)).soort();
    }

    private static String tekst(String s, String standaard) {
        return s == null || s.isBlank() ? standaard : s.trim();
    }
}
