package nl.huisverbod.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.huisverbod.figures.Dashboards;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.Csv;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the open data offers anyone, read from the published versions: the tables with their measures, areas
 * and notes, and their observations, narrowed as asked and as JSON or CSV. No one signs in for it and it holds
 * nothing about a person, so it is neither authorised nor audited per read.
 */
@Service
class OpenData {

    static final List<String> CSV_COLUMNS = List.of("id", "maat", "niveau", "gebied", "gebiedsnaam", "periode",
            "waarde", "status");
    /** A table by category has one more column, after the period. */
    static final List<String> CSV_COLUMNS_BY_CATEGORY = List.of("id", "maat", "niveau", "gebied", "gebiedsnaam",
            "periode", "categorie", "waarde", "status");

    /** A published measure: its key, its title, its kind (AANTAL, AANDEEL, VERHOUDING) and its unit. */
    record MeasureDescription(String sleutel, String titel, String soort, String eenheid) {
    }

    /** A category of a table by category: its code in the observations and what it is. */
    record CategoryDescription(String sleutel, String titel) {
    }

    /** An open table of a version, described as StatLine describes a table. */
    record TableDescription(String tabel, String titel, int versie, Instant gepubliceerdOp, int eersteJaar,
                            int laatsteJaar, int drempel, List<MeasureDescription> maten, List<String> niveaus,
                            List<OpenDataStore.Area> gebieden, List<CategoryDescription> categorieen,
                            List<String> toelichting, String csv, String metadata) {
    }

    private final OpenDataStore store;
    private final Messages messages;
    private final RecentlyRead<String> files = new RecentlyRead<>();
    private final Dashboards dashboards;
    private final String baseUrl;

    OpenData(OpenDataStore store, Messages messages, Dashboards dashboards,
             @Value("${huisverbod.base-url}") String baseUrl) {
        this.store = store;
        this.messages = messages;
        this.dashboards = dashboards;
        this.baseUrl = baseUrl;
    }

    List<Release> releases() {
        return store.releases();
    }

    /** The asked version, or the newest when none is asked. */
    Release release(String version) {
        if (version == null || version.isBlank()) {
            return store.latest().orElseThrow(() -> new NotFoundException("open data version"));
        }
        int v;
        try {
            v = Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw nl.huisverbod.shared.InvalidInputException.of("versie", "opendata.version.invalid");
        }
        return store.release(v).orElseThrow(() -> new NotFoundException("open data version " + v));
    }

    static OpenDataTable table(String key) {
        return OpenDataTable.byKey(key).orElseThrow(() -> new NotFoundException("open data table " + key));
    }

    @Transactional(readOnly = true)
    TableDescription describe(OpenDataTable table, Release release) {
        List<MeasureDescription> measures = table.measures.stream().map(m -> new MeasureDescription(m.key(),
                messages.get("figures.column." + m.key()), m.kind().name(),
                messages.get("opendata.unit." + m.kind().name()))).toList();
        return new TableDescription(table.key(), messages.get("figures.title." + table.key()), release.versie(),
                release.gepubliceerdOp(), release.eersteJaar(), release.laatsteJaar(), release.drempel(), measures,
                OpenDataPublisher.LEVELS.stream().map(Enum::name).toList(), store.areas(release.versie(), table),
                categories(table, release, LocaleContextHolder.getLocale()), notes(table, release, null),
                csvUrl(table, release), csvUrl(table, release) + "-metadata.json");
    }

    /** The categories of a version's table, each with its name in the given language. */
    List<CategoryDescription> categories(OpenDataTable table, Release release, Locale locale) {
        return store.categories(release.versie(), table).stream()
                .map(c -> new CategoryDescription(c, dashboards.categorie(locale, c))).toList();
    }

    /** What the table counts and leaves out, in the asked language (or the request's when null). */
    List<String> notes(OpenDataTable table, Release release, Locale locale) {
        Locale l = locale == null ? LocaleContextHolder.getLocale() : locale;
        List<String> notes = new ArrayList<>();
        for (String key : table.noteKeys) {
            notes.add(messages.get(l, key));
        }
        notes.add(messages.get(l, "figures.note.areas"));
        notes.add(messages.get(l, "opendata.note.consent"));
        notes.add(messages.get(l, "opendata.note.suppression", String.valueOf(release.drempel())));
        notes.add(messages.get(l, "opendata.note.years", String.valueOf(release.eersteJaar()),
                String.valueOf(release.laatsteJaar())));
        notes.add(messages.get(l, "opendata.note.coverage"));
        notes.add(messages.get(l, "opendata.note.versions"));
        return notes;
    }

    /** The versioned download of a table (the newest version's address says its number too). */
    String csvUrl(OpenDataTable table, Release release) {
        return baseUrl + "/open-data/v" + release.versie() + "/" + table.key() + ".csv";
    }

    /**
     * The observations of a version's table narrowed by level, area, year and measure; every unknown value is
     * reported at once with the ones that exist, so that a misspelling is never an empty answer.
     */
    @Transactional(readOnly = true)
    List<Observation> observations(OpenDataTable table, Release release, String level, String area, String year,
                                   String category, String measure) {
        var v = new Violations();
        String l = blankToNull(level);
        String a = blankToNull(area);
        String y = blankToNull(year);
        String c = blankToNull(category);
        String m = blankToNull(measure);
        List<String> levels = OpenDataPublisher.LEVELS.stream().map(Enum::name).toList();
        v.require(l == null || levels.contains(l), "gebiedsniveau", "opendata.level.unknown", String.join(", ", levels));
        v.require(m == null || table.publishes(m), "maat", "opendata.measure.unknown",
                String.join(", ", table.measures.stream().map(OpenDataTable.Measure::key).toList()));
        if (y != null) {
            boolean inRange;
            try {
                int n = Integer.parseInt(y);
                inRange = n >= release.eersteJaar() && n <= release.laatsteJaar();
            } catch (NumberFormatException e) {
                inRange = false;
            }
            // years as text: a message format would write 2009 as 2.009
            v.require(inRange, "jaar", "opendata.year.range", String.valueOf(release.eersteJaar()),
                    String.valueOf(release.laatsteJaar()));
        }
        if (a != null) {
            v.require(store.areas(release.versie(), table).stream().anyMatch(x -> x.code().equals(a)
                    && (l == null || x.niveau().equals(l))), "gebied", "opendata.area.unknown");
        }
        if (c != null) {
            List<String> known = store.categories(release.versie(), table);
            v.require(known.contains(c), "categorie", known.isEmpty() ? "opendata.category.none"
                    : "opendata.category.unknown", String.join(", ", known));
        }
        v.throwIfAny();
        return store.observations(release.versie(), table, new OpenDataStore.Filter(l, a, y, c, m));
    }

    /** A version's whole table as its CSV file, written once and kept while it is among the most recently read. */
    String file(OpenDataTable table, Release release) {
        return files.get(release.versie(), table, () -> csv(table,
                store.observations(release.versie(), table, new OpenDataStore.Filter(null, null, null, null, null))));
    }

    /** RFC 4180 with a header line, a decimal point and an empty value where there is none (see its status). */
    static String csv(OpenDataTable table, List<Observation> observations) {
        StringBuilder out = new StringBuilder(String.join(",", columns(table))).append("\r\n");
        for (Observation o : observations) {
            List<String> values = new ArrayList<>(List.of(String.valueOf(o.id()), o.maat(), o.niveau(), o.gebied(),
                    o.gebiedsnaam(), o.periode()));
            if (table.byCategory) {
                values.add(o.categorie() == null ? "" : o.categorie());
            }
            values.add(o.waarde() == null ? "" : number(o.waarde()));
            values.add(o.status());
            out.append(Csv.line(values)).append("\r\n");
        }
        return out.toString();
    }

    /** The columns of a table's CSV file. */
    static List<String> columns(OpenDataTable table) {
        return table.byCategory ? CSV_COLUMNS_BY_CATEGORY : CSV_COLUMNS;
    }

    /** A count without a decimal part, any other number as Java writes a double (round-trips exactly). */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
