package nl.huisverbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Input an attacker would send gets a 400 naming the field, never a 500; operations are for operators. */
@IntegrationTest
class HostileInputTest extends ApiTestSupport {

    @Test
    void a_nul_character_in_a_name_is_refused_naming_the_field() {
        var persons = cases.household(LocalDate.of(1980, 1, 1));
        persons.set(1, nl.huisverbod.support.CaseFixture.person("ACHTERBLIJVER", "Ine\u0000ke", LocalDate.of(1990, 5, 1),
                "PARTNER"));
        Api.Response r = api.post("hovj", "/api/v1/dossiers", cases.registration("GM0106", persons));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode invalid = r.json().path("invalidParams").get(0);
        assertThat(invalid.path("name").asString()).isEqualTo("personen[1].voornamen");
        assertThat(invalid.path("code").asString()).isEqualTo("validation.controlCharacter");
    }

    @Test
    void a_nul_character_in_a_query_or_form_field_is_refused_naming_the_field() throws Exception {
        Api.Response r = api.get("hovj", "/api/v1/gemiste-zaken?van=%00");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("invalidParams").get(0).path("name").asString()).isEqualTo("van");
    }

    @Test
    void an_unknown_region_for_crisis_beds_is_a_400_naming_the_region() {
        Api.Response r = api.put("beheerder", "/api/v1/crisisbedden/" + "X".repeat(100), Map.of("aantal", 3));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"regio\"", "care.shelter.unknownRegion");
    }

    @Test
    void what_is_refused_before_any_controller_is_answered_as_problem_json_too() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("hovj:" + Api.PASSWORD).getBytes());
        String id = cases.register("hovj", "GM0106");
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("GET /api/v1/onbekend", 404);
        expected.put("GET /api/v1/dossiers/", 404); // trailing slash
        expected.put("DELETE /api/v1/dossiers", 405);
        expected.put("GET /api/v1/dossiers/" + id + "%2F..%2Fx", 400); // encoded slash (Tomcat)
        expected.put("GET /api/v1/dossiers/a%00b", 400); // encoded NUL (Tomcat)
        expected.put("GET /api/v1/dossiers//termijnen", 400); // empty segment (the security firewall)
        expected.put("GET /api/v1/dossiers/%20/termijnen", 400); // blank once decoded
        expected.put("POST /api/v1/dossiers/" + id + "/documenten", 400); // announced as multipart, is not
        for (var e : expected.entrySet()) {
            String[] call = e.getKey().split(" ");
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call[1]))
                    .header("Authorization", basic);
            if (call[0].equals("POST")) {
                request.header("Content-Type", "multipart/form-data").POST(HttpRequest.BodyPublishers.ofString("garbage"));
            } else {
                request.method(call[0], HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(e.getKey())
                    .startsWith("application/problem+json");
            assertThat(r.body()).as(e.getKey()).doesNotContain("Tomcat").doesNotContain("Exception");
        }
    }

    @Test
    void behind_the_tls_proxy_the_session_cookie_is_secure_and_browsers_are_told_to_keep_to_https() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var viaProxy = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
        assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Secure")
                .contains("HttpOnly").contains("SameSite=Strict"));
        var direct = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
    }

    @Test
    void metrics_are_for_the_functional_administrator_and_health_tells_only_its_status() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(scrape(http, "hovj").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = scrape(http, "beheerder");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db", "diskSpace");
    }

    @Test
    void pages_tell_the_browser_to_send_no_referrer_elsewhere_and_to_allow_no_camera_or_location() throws Exception {
        var login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()", "geolocation=()");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
    }

    private HttpResponse<String> scrape(HttpClient http, String user) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes());
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_police_address_check_leaves_the_address_out_of_the_audit_trail() {
        api.get("hovj", "/api/v1/adresmeldingen?postcode=9401AB&huisnummer=77");
        List<String> details = api.get("beheerder", "/api/v1/audit-regels?gebruikersnaam=hovj&pageSize=20").json()
                .valueStream().map(e -> e.path("details").asString("")).toList();
        assertThat(details).noneMatch(d -> d.contains("9401") || d.contains("77"));
    }
}
