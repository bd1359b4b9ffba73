package nl.huisverbod.risk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores instrument definitions in the database (each version once) and serves them parsed. Definitions
 * shipped under {@code classpath:instruments/} are registered at start-up; {@link #register} takes new
 * ones at run time.
 */
@Service
public class InstrumentCatalogue {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<UUID, InstrumentDefinition> cache = new ConcurrentHashMap<>();

    InstrumentCatalogue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void registerShipped() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:instruments/*.json");
            for (Resource file : files) {
                register(file.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers a definition (JSON in the shipped format) unless that code and version already exist. */
    @Transactional
    public InstrumentDefinition register(String definitionJson) {
        JsonNode root = json.readTree(definitionJson);
        String code = root.path("instrument").asString();
        String version = root.path("version").asString();
        var existing = jdbc.sql("select id from instrument_definition where code = ? and version = ?")
                .params(code, version).query(UUID.class).optional();
        if (existing.isPresent()) {
            return get(existing.get());
        }
        UUID id = UUID.randomUUID();
        parse(id, root); // refuse a malformed definition before storing it
        jdbc.sql("insert into instrument_definition (id, code, version, definition, loaded_at) values (?, ?, ?, ?, ?)")
                .params(id, code, version, definitionJson, Timestamp.from(clock.instant())).update();
        return get(id);
    }

    public InstrumentDefinition get(UUID id) {
        return cache.computeIfAbsent(id, key -> {
            String text = jdbc.sql("select definition from instrument_definition where id = ?").param(key)
                    .query(String.class).single();
            return parse(key, json.readTree(text));
        });
    }

    /** The newest registered version of an instrument, used for new assessments. */
    public InstrumentDefinition current(String code) {
        UUID id = jdbc.sql("select id from instrument_definition where code = ? order by loaded_at desc limit 1")
                .param(code).query(UUID.class).single();
        return get(id);
    }

    private static InstrumentDefinition parse(UUID id, JsonNode root) {
        List<InstrumentDefinition.Part> parts = new ArrayList<>();
        for (JsonNode p : root.path("parts")) {
            List<InstrumentDefinition.Signal> signals = new ArrayList<>();
            for (JsonNode s : p.path("signals")) {
                List<InstrumentDefinition.Item> items = new ArrayList<>();
                for (JsonNode i : s.path("items")) {
                    items.add(new InstrumentDefinition.Item(required(i, "code"), required(i, "text")));
                }
                signals.add(new InstrumentDefinition.Signal(required(s, "code"), required(s, "title"),
                        s.path("help").asString(""), List.copyOf(items)));
            }
            parts.add(new InstrumentDefinition.Part(required(p, "code"), required(p, "title"),
                    p.path("legalBasis").asString(""), List.copyOf(signals)));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("instrument definition without parts");
        }
        int minimumRed = root.path("indication").path("minimumRedInOnePart").asInt(2);
        return new InstrumentDefinition(id, required(root, "instrument"), required(root, "version"),
                root.path("source").asString(""), minimumRed, List.copyOf(parts));
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("instrument definition lacks '" + field + "'");
        }
        return value;
    }
}
