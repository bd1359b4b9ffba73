package nl.huisverbod.figures;

import static nl.huisverbod.shared.SqlTime.ts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.huisverbod.audit.AuditAction;
import nl.huisverbod.audit.AuditRecord;
import nl.huisverbod.audit.AuditTrail;
import nl.huisverbod.deadlines.DeadlineKind;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.identity.Role;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Bulk import of historical cases, one JSON object per line (docs/import-zaken.md). Lines are taken in chunks,
 * each chunk in its own transaction: the valid lines of a partly bad file are kept, every bad line is reported
 * with its number and all its reasons and nothing of it is stored. Importing a case again (same source and
 * {@code zaakId}) replaces it. Progress is kept in {@code stat_import} so that a large file can be followed.
 */
@Service
public class ZaakImport implements DisposableBean {

    static final int CHUNK = 1000;
    /** Rejected lines kept with their reasons per import; the count goes on. */
    static final int MAX_AFWIJZINGEN = 1000;
    private static final Pattern BRON = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Logger log = LoggerFactory.getLogger(ZaakImport.class);

    private final JdbcClient jdbc;
    private final ZaakFeitenOpslag opslag;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final AuditTrail audit;
    private final Messages messages;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final ThreadPoolTaskExecutor executor;
    private final Clock clock;

    ZaakImport(JdbcClient jdbc, ZaakFeitenOpslag opslag, Municipalities municipalities, CurrentUserProvider currentUser,
               AuditTrail audit, Messages messages, ObjectMapper json, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
        this.tx = tx;
        this.executor = importThreads();
        this.clock = clock;
    }

    /**
     * Imports run on threads of their own, not on the executor the asynchronous event listeners share: a burst
     * of events (e-mails, callbacks) must not leave an import waiting at "0 lines" behind them. Two at a time;
     * more wait their turn.
     */
    private static ThreadPoolTaskExecutor importThreads() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("zaak-import-");
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setDaemon(true);
        pool.initialize();
        return pool;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    public record Voortgang(UUID id, String bron, Instant gestartOp, Instant klaarOp, int regels, int verwerkt,
                            int opgeslagen, int afgewezenAantal, List<Afwijzing> afgewezen, String fout) {

        public boolean klaar() {
            return klaarOp != null;
        }
    }

    /**
     * Starts importing the file in the background and answers at once with the import's id; {@link #voortgang}
     * follows it. The body is first copied to a temporary file so that the request can end.
     */
    public UUID start(String bron, InputStream body) {
        CurrentUser user = requireAdministrator();
        checkBron(bron);
        Path file;
        try {
            file = Files.createTempFile("zaak-import", ".jsonl");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID id = begin(bron, user);
        Locale locale = LocaleContextHolder.getLocale(); // rejected lines are explained in the requester's language
        executor.execute(() -> {
            LocaleContextHolder.setLocale(locale);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                verwerk(id, bron, reader, v -> { });
            } catch (IOException | RuntimeException e) {
                log.error("case import {} failed", id, e);
                jdbc.sql("update stat_import set klaar_op = ?, fout = ? where id = ?")
                        .params(ts(clock.instant()), String.valueOf(e.getMessage()), id).update();
            } finally {
                LocaleContextHolder.resetLocaleContext();
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("could not delete {}", file, e);
                }
            }
        });
        return id;
    }

    /** Imports in the caller's thread (the command line and tests), reporting progress after every chunk. */
    public Voortgang importeer(String bron, Reader reader, Consumer<Voortgang> voortgang) {
        CurrentUser user = requireAdministrator();
        checkBron(bron);
        return verwerk(begin(bron, user), bron, reader, voortgang);
    }

    public Voortgang voortgang(UUID id) {
        requireAdministrator();
        return find(id).orElseThrow(() -> new NotFoundException("import"));
    }

    public List<Voortgang> recent() {
        requireAdministrator();
        return jdbc.sql("select * from stat_import order by gestart_op desc limit 20").query((rs, n) -> map(rs)).list();
    }

    private UUID begin(String bron, CurrentUser user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into stat_import (id, bron, gestart_op, gestart_door) values (?, ?, ?, ?)")
                .params(id, bron, ts(clock.instant()), user.userId()).update();
        audit.record(new AuditRecord(AuditAction.WRITE, "zaak-import", id, null, List.of(),
                "import historische zaken", "Wth art. 2; gepseudonimiseerde zaakgegevens voor cijfers",
                "bron " + bron));
        return id;
    }

    private Voortgang verwerk(UUID id, String bron, Reader reader, Consumer<Voortgang> voortgang) {
        long started = System.nanoTime();
        Set<String> termijnSoorten = Arrays.stream(DeadlineKind.values()).map(Enum::name).collect(Collectors.toSet());
        var parser = new ZaakRegelParser(json, municipalities.allCodes()::contains, termijnSoorten);
        var buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        int nummer = 0;
        List<String[]> chunk = new ArrayList<>(CHUNK);
        try {
            String line;
            while ((line = buffered.readLine()) != null) {
                nummer++;
                if (nummer == 1) {
                    line = line.replace("\uFEFF", "");
                }
                if (!line.isBlank()) {
                    chunk.add(new String[] {String.valueOf(nummer), line});
                }
                if (chunk.size() == CHUNK) {
                    verwerkChunk(id, bron, parser, chunk);
                    voortgang.accept(find(id).orElseThrow());
                    chunk.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        verwerkChunk(id, bron, parser, chunk);
        long stored = System.nanoTime();
        tx.executeWithoutResult(s -> opslag.bronBijgewerkt(bron));
        jdbc.sql("update stat_import set klaar_op = ? where id = ?").params(ts(clock.instant()), id).update();
        log.info("case import {} of {}: {} lines stored in {} ms, overlaps with other sources in {} ms", id, bron, nummer,
                (stored - started) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
        Voortgang klaar = find(id).orElseThrow();
        voortgang.accept(klaar);
        audit.record(new AuditRecord(AuditAction.WRITE, "zaak-import", id, null, List.of(),
                "import historische zaken afgerond", "Wth art. 2; gepseudonimiseerde zaakgegevens voor cijfers",
                "bron " + bron + ": " + klaar.regels() + " regels, " + klaar.opgeslagen() + " opgeslagen, "
                        + klaar.afgewezenAantal() + " afgewezen"));
        return klaar;
    }

    private void verwerkChunk(UUID id, String bron, ZaakRegelParser parser, List<String[]> chunk) {
        Map<UUID, ZaakFeiten> goed = new LinkedHashMap<>();
        List<Afwijzing> fout = new ArrayList<>();
        for (String[] regel : chunk) {
            var u = parser.parse(bron, regel[1]);
            if (u.feiten() != null) {
                goed.put(u.feiten().id(), u.feiten()); // the same case twice in a file: the later line wins
            } else {
                fout.add(Afwijzing.van(Integer.parseInt(regel[0]), u.violations().list(), messages));
            }
        }
        tx.executeWithoutResult(s -> {
            // two imports of the same source at once replace the same cases: one chunk at a time per source
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("stat-import:" + bron).query().singleRow();
            opslag.vervang(goed.values(), clock.instant());
            jdbc.sql("""
                    update stat_import set regels = regels + ?, verwerkt = verwerkt + ?, opgeslagen = opgeslagen + ?,
                        afgewezen_aantal = afgewezen_aantal + ?,
                        afgewezen = case when jsonb_array_length(afgewezen) >= ? then afgewezen
                                         else afgewezen || ?::jsonb end
                    where id = ?""")
                    .params(chunk.size(), chunk.size(), chunk.size() - fout.size(), fout.size(), MAX_AFWIJZINGEN,
                            json.writeValueAsString(fout.subList(0, Math.min(fout.size(), MAX_AFWIJZINGEN))), id)
                    .update();
        });
    }

    private Optional<Voortgang> find(UUID id) {
        return jdbc.sql("select * from stat_import where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    private Voortgang map(ResultSet rs) throws SQLException {
        List<Afwijzing> afgewezen = Arrays.asList(json.readValue(rs.getString("afgewezen"), Afwijzing[].class));
        return new Voortgang(rs.getObject("id", UUID.class), rs.getString("bron"),
                SqlTime.instant(rs, "gestart_op"), SqlTime.instant(rs, "klaar_op"),
                rs.getInt("regels"), rs.getInt("verwerkt"), rs.getInt("opgeslagen"), rs.getInt("afgewezen_aantal"),
                afgewezen, rs.getString("fout"));
    }

    private static void checkBron(String bron) {
        if (bron == null || !BRON.matcher(bron).matches() || bron.equals(ZaakFeiten.LIVE)) {
            throw InvalidInputException.of("bron", "figures.import.source");
        }
    }

    private CurrentUser requireAdministrator() {
        CurrentUser user = currentUser.require();
        if (!user.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("only the functional administrator imports cases");
        }
        return user;
    }
}
