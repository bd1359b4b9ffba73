package nl.huisverbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every read operation of the published OpenAPI outside a case (the case's own are {@link NeedToKnowMatrixTest}'s),
 * for every demo user and for a caller without an account: an answer only for whom the domain says. The rule of
 * each path is written here from the domain, not taken from the code under test, and a new path fails until it
 * has one.
 */
@IntegrationTest
class ApiAccessMatrixTest extends ApiTestSupport {

    /** One user of every role and kind of organisation (each password check costs a BCrypt round). */
    static final List<String> USERS = List.of("hovj", "agent", "hovj.amsterdam", "burgemeester.assen", "jurist.assen",
            "vt.drenthe", "amw", "opvang", "om.noord", "onderzoeker", "beheerder");
    static final Set<String> POLICE = Set.of("hovj", "agent", "hovj.amsterdam");
    static final Set<String> ADMIN = Set.of("beheerder");
    static final String ANYONE = "anyone, without an account";

    /** Who gets an answer (2xx) on each path; every other demo user and the anonymous caller are refused. */
    static Map<String, Set<String>> rules() {
        Map<String, Set<String>> r = new TreeMap<>();
        Set<String> everyone = Set.copyOf(USERS);
        Set<String> open = union(everyone, Set.of(ANYONE));
        for (String p : List.of("/open-data/catalogus", "/open-data/tabellen", "/open-data/tabellen/{tabel}",
                "/open-data/tabellen/{tabel}/metadata", "/open-data/tabellen/{tabel}/observaties", "/open-data/versies",
                "/open-data/versies/{versie}")) {
            r.put(p, open); // aggregates after disclosure control (ADR 0026)
        }
        // what every signed-in user needs for their own work: each answer is their own, their organisation's or
        // their area's (that it holds no one else's case is checked below), or holds no personal data at all
        for (String p : List.of("/inbox", "/taken", "/termijnen", "/dossiers", "/abonnementen",
                "/juridische-controles/wachtrij", "/formulieren", "/instrumenten/rihg", "/hulpprogrammas",
                "/gebeurtenissoorten", "/verwerkingsactiviteiten", "/verwerkingsactiviteiten/{id}", "/crisisbedden/{regio}")) {
            r.put(p, everyone);
        }
        // aggregates after disclosure control (outside a municipality small cells suppressed; examples of
        // contradictions in the data quality only for the administrator)
        for (String p : List.of("/cijfers", "/cijfers/{figuur}", "/bronvergelijking", "/datakwaliteit", "/evaluatie",
                "/politie-tellingen", "/cijfer-instellingen", "/cijfer-toestemmingen")) {
            r.put(p, everyone);
        }
        // repeat violence of a set of cases: for those who follow cases up, not the partners working on one
        r.put("/herhaald-geweld", Set.copyOf(USERS.stream().filter(u -> !Set.of("amw", "opvang").contains(u)).toList()));
        r.put("/onderzoeksextract", Set.of("onderzoeker", "beheerder"));
        // the police's own lists: addresses with a running order, missed cases and their people
        r.put("/adresmeldingen", POLICE);
        r.put("/gemiste-zaken", POLICE);
        r.put("/gemiste-zaken/personen", POLICE);
        for (String p : List.of("/audit-controlepunten", "/audit-regels", "/audit-regels/inzage", "/audit-verificatie",
                "/zaak-imports", "/zaak-imports/{id}", "/zgw-koppelingen", "/zgw-koppelingen/{id}", "/termijnafspraken",
                "/gemeenten", "/gemeenten/{code}", "/abonnementen/{id}", "/abonnementen/{id}/afleveringen", "/systemen")) {
            r.put(p, ADMIN);
        }
        return r;
    }

    /** Who must never find the Assen case in any answer outside the case: another area, unassigned partners, staff. */
    static final Set<String> OUTSIDERS = Set.of("hovj.amsterdam", "amw", "opvang", "onderzoeker", "beheerder");
    /** Where the functional administrator does see case ids (no personal data): the audit trail and its checks. */
    static final Set<String> ADMIN_SEES_CASE_IDS = Set.of("/audit-regels", "/audit-controlepunten", "/audit-verificatie");

    @Test
    void no_one_reads_an_endpoint_outside_a_case_that_the_domain_does_not_give_them() {
        require(api.post("beheerder", "/api/v1/open-data/versies", Map.of()));
        // an order in Assen awaiting its legal check, with an arrest: in the lists of its area, nowhere else
        caseId = cases.readyForDecision("hovj", "GM0106");
        assertThat(api.post("hovj", "/api/v1/dossiers/" + caseId + "/besluit", cases.impose("Mishandeling.")).status())
                .isEqualTo(200);
        JsonNode address = api.get("hovj", "/api/v1/dossiers/" + caseId).json().path("adres");
        addressQuery = "?postcode=" + java.net.URLEncoder.encode(address.path("postcode").asString(),
                java.nio.charset.StandardCharsets.UTF_8) + "&huisnummer="
                + address.path("huisnummer").asString();
        JsonNode spec = api.get("hovj", "/api/v1/openapi.json").json();
        List<String> paths = new ArrayList<>();
        spec.path("paths").properties().forEach(e -> {
            if (e.getValue().has("get") && !e.getKey().startsWith("/dossiers/{id}") && !e.getKey().equals("/openapi.json")) {
                paths.add(e.getKey());
            }
        });
        Map<String, Set<String>> rules = rules();
        assertThat(paths.stream().filter(p -> !rules.containsKey(p)).toList()).as("paths without a rule here").isEmpty();

        List<String> leaks = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, String> matrix = new TreeMap<>();
        for (String template : paths) {
            String path = "/api/v1" + example(template);
            List<String> callers = new ArrayList<>(USERS);
            callers.add(ANYONE);
            StringBuilder row = new StringBuilder();
            for (String caller : callers) {
                Api.Response r = api.get(caller.equals(ANYONE) ? null : caller, path);
                boolean allowed = rules.get(template).contains(caller);
                row.append(caller.equals(ANYONE) ? "anon" : caller).append('=').append(r.status()).append(' ');
                if (r.status() / 100 == 2 && !allowed) {
                    leaks.add(caller + " GET " + template + " -> " + r.status());
                } else if (allowed && (r.status() == 401 || r.status() == 403)) {
                    refused.add(caller + " GET " + template + " -> " + r.status());
                }
                if (r.status() / 100 == 2 && OUTSIDERS.contains(caller) && r.body().contains(caseId)
                        && !(caller.equals("beheerder") && ADMIN_SEES_CASE_IDS.contains(template))) {
                    leaks.add(caller + " GET " + template + " shows the Assen case");
                }
                if (r.status() >= 500) {
                    failures.add(caller + " GET " + template + " -> " + r.status());
                }
            }
            matrix.put(template, row.toString());
        }
        matrix.forEach((p, row) -> System.out.println("  " + p + ": " + row));
        System.out.printf("API access matrix: %d paths x %d callers, %d leaks, %d refused where the domain allows%n",
                paths.size(), USERS.size() + 1, leaks.size(), refused.size());
        assertThat(failures).as("server errors").isEmpty();
        assertThat(leaks).as("reads the domain does not give").isEmpty();
        assertThat(refused).as("refused although the domain gives them").isEmpty();
    }

    private String caseId;
    private String addressQuery;

    /** A concrete address for a path template: ids that exist where the path needs one, else a random one. */
    private String example(String template) {
        String id = template.startsWith("/verwerkingsactiviteiten/") ? "huisverbod" : UUID.randomUUID().toString();
        return template.replace("{figuur}", "aantallen").replace("{regio}", "Drenthe").replace("{code}", "GM0106")
                .replace("{tabel}", "aantallen").replace("{versie}", "1").replace("{id}", id)
                + switch (template) {
                    case "/audit-regels/inzage" -> "?bsn=111222333";
                    case "/adresmeldingen" -> addressQuery;
                    case "/herhaald-geweld" -> "?van=2025-01-01&tot=2026-01-01";
                    default -> "";
                };
    }

    private static void require(Api.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201, 400);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
