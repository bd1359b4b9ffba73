package nl.huisverbod.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner organisation's system gets a token from the authorisation server with its client credentials and
 * calls the API with it; need-to-know and the audit trail apply to its organisation as to its people.
 */
@IntegrationTest
class SystemTokensTest extends ApiTestSupport {

    private static final String POLICE_SYSTEM = "systeem.politie-noord-nederland";
    private static final String SECRET = "huisverbod-demo-systeem";
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> tokenRequest(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String token(String clientId) throws Exception {
        HttpResponse<String> r = tokenRequest(clientId, SECRET);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(r.body());
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isBetween(590, 600);
        return body.path("access_token").asString();
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_system_with_a_token_sees_what_its_organisation_may_see_and_its_reads_are_audited_as_its_own() throws Exception {
        String assen = cases.register("hovj", "GM0106");
        String amsterdam = cases.register("hovj.amsterdam", "GM0363");
        String police = token(POLICE_SYSTEM);

        assertThat(get(police, "/api/v1/dossiers/" + assen).statusCode()).isEqualTo(200);
        assertThat(get(police, "/api/v1/dossiers/" + amsterdam).statusCode()).isEqualTo(403);
        assertThat(get(police, "/api/v1/dossiers/" + assen + "/contacten").statusCode())
                .as("the police do not read the contact log").isEqualTo(403);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where username = ? and organisation_name = 'Politie eenheid Noord-Nederland'
                and action = 'READ' and dossier_id = ?::uuid""").params(POLICE_SYSTEM, assen).query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and action = 'DENIED' and dossier_id = ?::uuid")
                .params(POLICE_SYSTEM, amsterdam).query(Long.class).single()).isPositive();

        String vt = token("systeem.veilig-thuis-drenthe");
        assertThat(get(vt, "/api/v1/dossiers/" + assen).statusCode()).isEqualTo(200);
        assertThat(get(vt, "/api/v1/dossiers/" + amsterdam).statusCode()).isEqualTo(403);
    }

    @Test
    void a_wrong_secret_gets_no_token_and_a_forged_or_broken_token_gets_a_problem() throws Exception {
        assertThat(tokenRequest(POLICE_SYSTEM, "geraden").statusCode()).isEqualTo(401);
        String real = token(POLICE_SYSTEM);
        String[] parts = real.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(POLICE_SYSTEM, "systeem.gemeente-assen").getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {parts[0] + "." + forgedClaims + "." + parts[2], "niet-een-token"}) {
            HttpResponse<String> r = get(bad, "/api/v1/dossiers");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void a_refused_call_is_explained_in_the_language_the_reader_chose() throws Exception {
        java.util.function.BiFunction<String, String, JsonNode> refused = (path, cookie) -> {
            try {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
                if (cookie != null) {
                    request.header("Cookie", cookie);
                }
                HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(401);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
                return JsonMapper.builder().build().readTree(r.body());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        JsonNode dutch = refused.apply("/api/v1/dossiers", null);
        assertThat(dutch.path("title").asString()).isEqualTo("Niet aangemeld");
        assertThat(dutch.path("detail").asString()).contains("aanmelden", "token");
        for (JsonNode english : new JsonNode[] {refused.apply("/api/v1/dossiers?lang=en", null),
                refused.apply("/api/v1/dossiers", "huisverbod-lang=en")}) {
            assertThat(english.path("detail").asString()).contains("requires authentication");
            assertThat(english.path("title").asString()).isNotEqualTo("Niet aangemeld");
        }
    }

    @Test
    void a_system_account_cannot_log_in_with_a_password() {
        assertThat(api.getWithPassword(POLICE_SYSTEM, SECRET, "/api/v1/dossiers").status()).isEqualTo(401);
    }
}
