package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.huisverbod.deadlines.DeadlineKind;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.enforcement.Rechtsmiddel;
import nl.huisverbod.followup.Uitkomstcodering;
import nl.huisverbod.incidents.Incident;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema of the case import says what the parser accepts: same fields, same value sets. */
class ZaakImportSchemaTest {

    final JsonNode schema = JsonMapper.builder().build().readTree(Files.readString(Path.of("docs/zaak-import.schema.json")));

    ZaakImportSchemaTest() throws Exception {
    }

    @Test
    void fields_and_value_sets_match_the_parser() {
        JsonNode p = schema.path("properties");
        assertThat(names(p)).isEqualTo(ZaakRegelParser.VELDEN);
        assertThat(names(p.path("uitkomst").path("properties"))).isEqualTo(ZaakRegelParser.UITKOMST_VELDEN);
        assertThat(values(p.path("termijnen").path("items").path("properties").path("soort"))).isEqualTo(names(DeadlineKind.class));
        assertThat(values(p.path("eersteContacten").path("items").path("properties").path("rol"))).isEqualTo(names(PersonRole.class));
        assertThat(values(p.path("rechtsmiddelen").path("items").path("properties").path("soort")))
                .isEqualTo(names(Rechtsmiddel.Soort.class));
        assertThat(values(p.path("rechtsmiddelen").path("items").path("properties").path("uitkomst")))
                .isEqualTo(names(Rechtsmiddel.Uitkomst.class));
        assertThat(values(p.path("nieuweIncidenten").path("items").path("properties").path("bron")))
                .isEqualTo(names(Incident.Bron.class));
        JsonNode u = p.path("uitkomst").path("properties");
        assertThat(values(u.path("geweldstype"))).isEqualTo(names(Uitkomstcodering.Geweldstype.class));
        assertThat(values(u.path("aard").path("items"))).isEqualTo(names(Uitkomstcodering.Aard.class));
        assertThat(values(u.path("ernst"))).isEqualTo(names(Uitkomstcodering.Ernst.class));
        assertThat(values(u.path("steunendNetwerk"))).isEqualTo(names(Uitkomstcodering.Netwerk.class));
        assertThat(values(u.path("hulpGestartIemand"))).isEqualTo(names(Uitkomstcodering.HulpGestart.class));
        assertThat(values(u.path("kindermishandeling"))).isEqualTo(names(Uitkomstcodering.Kindermishandeling.class));
        assertThat(values(u.path("dreigingAfgenomen"))).isEqualTo(names(Uitkomstcodering.Dreiging.class));
    }

    private static Set<String> names(JsonNode properties) {
        return Set.copyOf(properties.propertyNames());
    }

    private static Set<String> values(JsonNode node) {
        List<String> result = new ArrayList<>();
        node.path("enum").forEach(e -> result.add(e.asString()));
        return Set.copyOf(result);
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }
}
