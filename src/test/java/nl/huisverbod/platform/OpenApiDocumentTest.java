package nl.huisverbod.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API's published description, as a partner's developer reads it: every operation with a Dutch summary and a
 * tag. The document is written to {@code target/openapi.json}, where the build's {@code verify} phase checks it
 * with the official linter of the NL API Design Rules (tools/api-design-rules).
 */
@IntegrationTest
class OpenApiDocumentTest extends ApiTestSupport {

    @Test
    void every_operation_of_the_published_document_has_a_summary_and_a_tag() throws Exception {
        Api.Response spec = api.get(null, "/api/v1/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), spec.body());

        JsonNode paths = spec.json().path("paths");
        // a figure's real query parameters, not one "params" object
        JsonNode figure = paths.at("/~1cijfers~1{figuur}/get/parameters");
        assertThat(figure.valueStream().map(p -> p.path("name").asString()))
                .contains("figuur", "niveau", "periode", "van", "tot", "bron", "venster").doesNotContain("params");
        assertThat(figure.valueStream().filter(p -> p.path("name").asString().equals("niveau")).findFirst().orElseThrow()
                .at("/schema/enum").size()).isEqualTo(5);
        assertThat(paths.size()).isGreaterThan(50);
        paths.properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            assertThat(op.getValue().path("summary").asString()).as(where).isNotBlank();
            assertThat(op.getValue().path("tags").size()).as(where).isPositive();
            assertThat(op.getValue().path("parameters").valueStream().map(p -> p.path("in").asString() + p.path("name").asString())
                    .distinct().count()).as(where + ": each parameter once").isEqualTo(op.getValue().path("parameters").size());
        }));
    }
}
