package nl.huisverbod.care;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.huisverbod.dossier.PersonRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The screening forms: the shipped ones and those a region placed in its own folder (same format). */
@Component
public class Formulieren {

    private final Map<String, Formulier> forms = new LinkedHashMap<>();

    Formulieren(ObjectMapper json, @Value("${huisverbod.forms.dir:}") String dir) {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath:forms/*.json")));
            if (!dir.isBlank()) {
                files.addAll(List.of(resolver.getResources("file:" + dir + "/*.json")));
            }
            for (Resource file : files) {
                Formulier f = parse(json.readTree(file.getContentAsString(StandardCharsets.UTF_8)));
                forms.put(f.code(), f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Formulier> all() {
        return List.copyOf(forms.values());
    }

    public Optional<Formulier> find(String code) {
        return Optional.ofNullable(code == null ? null : forms.get(code));
    }

    public List<Formulier> forRole(PersonRole rol) {
        return forms.values().stream().filter(f -> f.voor().contains(rol)).toList();
    }

    static Formulier parse(JsonNode root) {
        var voor = EnumSet.noneOf(PersonRole.class);
        root.path("voor").forEach(r -> voor.add(PersonRole.valueOf(r.asString())));
        var items = new ArrayList<Formulier.Onderwerp>();
        for (JsonNode o : root.path("onderwerpen")) {
            var opties = new ArrayList<String>();
            o.path("opties").forEach(x -> opties.add(x.asString()));
            var type = Formulier.Type.valueOf(o.path("type").asString());
            if (type == Formulier.Type.KEUZE && opties.isEmpty()) {
                throw new IllegalArgumentException("choice without options: " + o.path("code").asString());
            }
            items.add(new Formulier.Onderwerp(o.path("code").asString(), o.path("titel").asString(), type,
                    o.path("verplicht").asBoolean(false), List.copyOf(opties)));
        }
        String code = root.path("formulier").asString();
        if (code.isBlank() || items.isEmpty() || voor.isEmpty()) {
            throw new IllegalArgumentException("form without code, topics or persons: " + code);
        }
        return new Formulier(code, root.path("versie").asString(), root.path("titel").asString(), voor, List.copyOf(items));
    }
}
