package nl.huisverbod.figures;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.huisverbod.support.Api;
import tools.jackson.databind.JsonNode;

/** Test helper: imports a JSON Lines file through the API as the administrator and waits until it is done. */
public final class ZakenImporteren {

    private ZakenImporteren() {
    }

    public static JsonNode importeer(Api api, String bron, String jsonl) {
        Api.Response r = api.postText("beheerder", "/api/v1/zaak-imports?bron=" + bron, "application/x-ndjson", jsonl);
        require(r, 202);
        for (int i = 0; i < 400; i++) {
            JsonNode v = require(api.get("beheerder", r.header("Location")), 200).json();
            if (!v.path("klaarOp").isNull() && !v.path("klaarOp").isMissingNode()) {
                assertThat(v.path("fout").isNull()).as(v.toString()).isTrue();
                return v;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("import did not finish");
    }

    static String resource(String name) {
        try (var in = ZakenImporteren.class.getResourceAsStream("/figures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
