package nl.huisverbod.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.figures.CijferVraag;
import nl.huisverbod.figures.Cijfers;
import nl.huisverbod.figures.Niveau;
import nl.huisverbod.figures.Periode;
import nl.huisverbod.figures.Tabel;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the open tables of every complete year as a viewer outside every municipality sees them and
 * publishes them as a new version when their numbers differ from the newest version's. Periodically and on
 * the functional administrator's request; one node at a time (a transaction-scoped advisory lock), so
 * version numbers have no gaps and no two nodes write the same one.
 */
@Service
class OpenDataPublisher {

    private static final Logger log = LoggerFactory.getLogger(OpenDataPublisher.class);
    private static final long LOCK = 0x0DA7_A0B1L;
    /** The levels published, in the order of the tables: the nation, then the regions. */
    static final List<Niveau> LEVELS = List.of(Niveau.LAND, Niveau.VEILIGHEIDSREGIO, Niveau.POLITIE_EENHEID,
            Niveau.VT_REGIO);
    /** Years asked of a figure at once (a figure refuses very long periods). */
    private static final int YEARS_PER_QUESTION = 10;

    /** What a refresh did: published a new version, or found the newest one's numbers unchanged. */
    record Outcome(Release release, boolean published) {
    }

    private final Cijfers cijfers;
    private final OpenDataStore store;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int firstYear;
    private final int minimumThreshold;
    private final String source;

    OpenDataPublisher(Cijfers cijfers, OpenDataStore store, AuditTrail audit, JdbcClient jdbc,
                      PlatformTransactionManager transactions,
                      Clock clock, @Value("${huisverbod.open-data.first-year:2009}") int firstYear,
                      @Value("${huisverbod.open-data.minimum-threshold:5}") int minimumThreshold,
                      @Value("${huisverbod.open-data.source:}") String source) {
        this.cijfers = cijfers;
        this.store = store;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.firstYear = firstYear;
        this.minimumThreshold = minimumThreshold;
        this.source = source.isBlank() ? null : source;
    }

    @Scheduled(fixedDelayString = "${huisverbod.open-data.refresh-interval:PT6H}",
            initialDelayString = "${huisverbod.open-data.initial-delay:PT2M}")
    void periodically() {
        try {
            publish(false).filter(Outcome::published).ifPresent(o ->
                    log.info("open data: version {} published, {} observations", o.release().versie(),
                            o.release().observaties()));
        } catch (InvalidInputException e) {
            // e.g. two sources hold the same cases: the newest version stays until the data are put right
            log.warn("open data: not published, the figures refuse: {}", e.violations());
        }
    }

    /** Publishes now, after the other node's publication when one is at it (then mostly finding no change). */
    Outcome publishWaiting() {
        return publish(true).orElseThrow();
    }

    /** Empty when another node is publishing at this moment and {@code wait} is false. */
    Optional<Outcome> publish(boolean wait) {
        return transaction.execute(status -> {
            if (wait) {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
            } else if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK)
                    .query(Boolean.class).single())) {
                return Optional.<Outcome>empty();
            }
            int lastYear = LegalTime.localDate(clock.instant()).getYear() - 1;
            Computed computed = compute(lastYear);
            String digest = digest(computed, lastYear);
            Optional<Release> latest = store.latest();
            if (latest.isPresent() && latest.get().digest().equals(digest)) {
                return Optional.of(new Outcome(latest.get(), false));
            }
            int count = computed.tables().values().stream().mapToInt(List::size).sum();
            Release release = new Release(latest.map(r -> r.versie() + 1).orElse(1), clock.instant(), firstYear,
                    lastYear, computed.threshold(), digest, count);
            store.insert(release, computed.tables());
            // aggregates only, no one's data: recorded as the product's other changes to the figures are
            audit.record(new AuditRecord(AuditAction.WRITE, "open-data", null, null, List.of(),
                    "open data publiceren", "Wth art. 2; AVG art. 89", "versie " + release.versie() + ", "
                    + count + " waarnemingen, " + firstYear + "–" + lastYear));
            return Optional.of(new Outcome(release, true));
        });
    }

    private record Computed(Map<OpenDataTable, List<Observation>> tables, int threshold) {
    }

    /**
     * Every table at every level over [first year, last year], in the order of {@link #LEVELS}, area, year. A year
     * in which no source holds a single RiHG or order is not a year of zeros but one without data: its
     * observations say so.
     */
    private Computed compute(int lastYear) {
        Set<Integer> covered = coveredYears();
        Map<OpenDataTable, List<Observation>> tables = new LinkedHashMap<>();
        int threshold = minimumThreshold;
        for (OpenDataTable table : OpenDataTable.values()) {
            List<Observation> observations = new ArrayList<>();
            for (Niveau level : LEVELS) {
                List<Observation> ofLevel = new ArrayList<>();
                for (int from = firstYear; from <= lastYear; from += YEARS_PER_QUESTION) {
                    int to = Math.min(from + YEARS_PER_QUESTION - 1, lastYear);
                    Tabel t = cijfers.openbareTabel(table.figure, new CijferVraag(level, Periode.JAAR,
                            LocalDate.of(from, 1, 1), LocalDate.of(to + 1, 1, 1), null, null, source), minimumThreshold);
                    threshold = t.drempel();
                    ofLevel.addAll(observations(table, level, t, covered));
                }
                ofLevel.sort(Comparator.comparing(Observation::gebied).thenComparing(Observation::periode)
                        .thenComparing(o -> o.categorie() == null ? "" : o.categorie())
                        .thenComparing(o -> measureIndex(table, o.maat())));
                observations.addAll(ofLevel);
            }
            List<Observation> numbered = new ArrayList<>(observations.size());
            for (int i = 0; i < observations.size(); i++) {
                Observation o = observations.get(i);
                numbered.add(new Observation(i + 1, o.maat(), o.niveau(), o.gebied(), o.gebiedsnaam(), o.periode(),
                        o.categorie(), o.waarde(), o.status()));
            }
            tables.put(table, numbered);
        }
        return new Computed(tables, threshold);
    }

    /** The years in which the published source (or any) holds a RiHG or an order. */
    private Set<Integer> coveredYears() {
        String years = "select distinct extract(year from %s at time zone 'Europe/Amsterdam')::int from stat_zaak"
                + " where %s is not null" + (source == null ? "" : " and bron = :bron");
        var spec = jdbc.sql(String.format(years, "rihg_op", "rihg_op") + " union "
                + String.format(years, "opgelegd_op", "opgelegd_op"));
        if (source != null) {
            spec = spec.param("bron", source);
        }
        return new HashSet<>(spec.query(Integer.class).list());
    }

    private static List<Observation> observations(OpenDataTable table, Niveau level, Tabel t, Set<Integer> covered) {
        List<String> columns = t.kolommen().stream().map(Tabel.Kolom::sleutel).toList();
        List<Observation> result = new ArrayList<>();
        for (Tabel.Rij row : t.rijen()) {
            for (OpenDataTable.Measure m : table.measures) {
                int c = columns.indexOf(m.key());
                if (c < 0) {
                    throw new IllegalStateException("figure " + t.figuur() + " has no column " + m.key());
                }
                Tabel.Cel cell = row.cellen().get(c);
                String status = !covered.contains(Integer.valueOf(row.periode())) ? Tabel.Status.GEEN_GEGEVENS.name()
                        : row.status() != Tabel.Status.TELT ? row.status().name()
                        : cell.onderdrukt() ? Observation.SUPPRESSED
                        : cell.waarde() == null ? Observation.NO_VALUE : Observation.VALUE;
                result.add(new Observation(0, m.key(), level.name(), row.gebied(), row.naam(), row.periode(),
                        row.categorie(), Observation.VALUE.equals(status) ? cell.waarde() : null, status));
            }
        }
        return result;
    }

    private static int measureIndex(OpenDataTable table, String measure) {
        for (int i = 0; i < table.measures.size(); i++) {
            if (table.measures.get(i).key().equals(measure)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** SHA-256 over what the version says: its years, threshold and every observation in order. */
    private String digest(Computed computed, int lastYear) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((firstYear + "|" + lastYear + "|" + computed.threshold() + "\n").getBytes(StandardCharsets.UTF_8));
            computed.tables().forEach((table, observations) -> observations.forEach(o -> sha.update((table.key() + "|"
                    + o.id() + "|" + o.maat() + "|" + o.niveau() + "|" + o.gebied() + "|" + o.gebiedsnaam() + "|"
                    + o.periode() + (o.categorie() == null ? "" : "|" + o.categorie()) + "|" + o.waarde() + "|"
                    + o.status() + "\n").getBytes(StandardCharsets.UTF_8))));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
