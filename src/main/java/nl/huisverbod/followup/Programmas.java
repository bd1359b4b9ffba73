package nl.huisverbod.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.huisverbod.dossier.PersonRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The configurable catalogue of follow-up programmes (default: resources/programmas.json). */
@Component
public class Programmas {

    private final Map<String, Programma> byCode = new LinkedHashMap<>();

    Programmas(ObjectMapper json, @Value("${huisverbod.programmes.file:classpath:programmas.json}") String location) {
        try {
            JsonNode root = json.readTree(new DefaultResourceLoader().getResource(location)
                    .getContentAsString(StandardCharsets.UTF_8));
            for (JsonNode p : root.path("programmas")) {
                var voor = EnumSet.noneOf(PersonRole.class);
                p.path("voor").forEach(r -> voor.add(PersonRole.valueOf(r.asString())));
                byCode.put(p.path("code").asString(), new Programma(p.path("code").asString(), p.path("naam").asString(),
                        voor, Leefgebied.valueOf(p.path("leefgebied").asString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Programma> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Programma> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }
}
