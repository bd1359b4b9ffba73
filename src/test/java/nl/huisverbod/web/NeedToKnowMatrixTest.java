package nl.huisverbod.web;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PartnerSoort;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every read operation on a case in the published OpenAPI, for every demo user, on a case inside and a case
 * outside their area: a user gets an answer only where need-to-know says so. The expected access is written
 * here from the domain (which roles see which part of a case; a partner by its kind), not taken from the code
 * under test, and every case endpoint must be given its part here: a new one fails until it is.
 */
@IntegrationTest
class NeedToKnowMatrixTest extends ApiTestSupport {

    /** The case itself (its registration and household): whoever has the case in scope. */
    private static final String CASE = "CASE";

    /** Which part of the case each read answers with, by its path below {@code /api/v1/dossiers/{id}}. */
    private static final Map<String, String> PART = Map.ofEntries(
            Map.entry("", CASE),
            Map.entry("/tijdlijn", CASE), // its content is filtered per part, checked below
            Map.entry("/termijnen", CASE),
            Map.entry("/risicotaxatie", "RIHG"),
            Map.entry("/huisverbod", "BESLUIT"),
            Map.entry("/beschikkingen/{beschikkingId}", "BESLUIT"),
            Map.entry("/uitreikingen", "BESLUIT"),
            Map.entry("/hoorzittingen", "ZORGADVIES"), // hearing the parties on an extension: advice to the mayor
            Map.entry("/rechtsmiddelen", "BESLUIT"),
            Map.entry("/documenten", "DOCUMENTEN"),
            Map.entry("/documenten/{documentId}", "DOCUMENTEN"),
            Map.entry("/overtredingen", "OVERTREDINGEN"),
            Map.entry("/strafrecht", "STRAFRECHT"),
            Map.entry("/incidenten", "INCIDENTEN"),
            Map.entry("/hulpverlening", "TEAM"),
            Map.entry("/contacten", "CONTACTEN"),
            Map.entry("/eerste-contacten", "CONTACTEN"),
            Map.entry("/screenings", "SCREENING"),
            Map.entry("/zorgoverleggen", "ZORGOVERLEG"),
            Map.entry("/plannen-van-aanpak", "PLAN"),
            Map.entry("/taken", "PLAN"),
            Map.entry("/veiligheidsplan", "VEILIGHEIDSPLAN"),
            Map.entry("/systeemgesprekken", "SYSTEEMGESPREK"),
            Map.entry("/opvang", "OPVANG"),
            Map.entry("/zorgadvies", "ZORGADVIES"),
            Map.entry("/beleidsadvies", "ZORGADVIES"),
            Map.entry("/verwijzingen", "NAZORG"),
            Map.entry("/probleeminventaris", "NAZORG"),
            Map.entry("/tijdregistratie", "NAZORG"),
            Map.entry("/monitoring", "NAZORG"),
            Map.entry("/uitkomst", "NAZORG"));

    private static final Set<Onderdeel> POLICE = EnumSet.of(Onderdeel.RIHG, Onderdeel.BESLUIT, Onderdeel.DOCUMENTEN,
            Onderdeel.OVERTREDINGEN, Onderdeel.STRAFRECHT, Onderdeel.INCIDENTEN, Onderdeel.TEAM, Onderdeel.VEILIGHEIDSPLAN);
    private static final Set<Onderdeel> MUNICIPALITY = EnumSet.of(Onderdeel.RIHG, Onderdeel.BESLUIT,
            Onderdeel.DOCUMENTEN, Onderdeel.OVERTREDINGEN, Onderdeel.INCIDENTEN, Onderdeel.TEAM, Onderdeel.VEILIGHEIDSPLAN,
            Onderdeel.ZORGADVIES, Onderdeel.NAZORG);
    private static final Set<Onderdeel> OM = EnumSet.of(Onderdeel.RIHG, Onderdeel.BESLUIT, Onderdeel.DOCUMENTEN,
            Onderdeel.OVERTREDINGEN, Onderdeel.STRAFRECHT, Onderdeel.INCIDENTEN, Onderdeel.TEAM);
    private static final List<String> USERS = List.of("hovj", "agent", "hovj.amsterdam", "burgemeester.assen",
            "jurist.assen", "burgemeester.emmen", "burgemeester.hoogeveen", "vt.drenthe", "vt.hulpverlener", "vt.crisis",
            "reclassering", "amw", "jeugd", "opvang", "om.noord", "onderzoeker", "beheerder");

    @Autowired
    Organisations organisations;

    /** What each user may see of a case in Assen (Drenthe, Noord-Nederland) with an arrest and these partners. */
    private static Map<String, Set<Onderdeel>> assenCase() {
        Map<String, Set<Onderdeel>> may = new HashMap<>();
        may.put("hovj", POLICE);
        may.put("agent", POLICE);
        may.put("burgemeester.assen", MUNICIPALITY);
        may.put("jurist.assen", MUNICIPALITY);
        may.put("vt.drenthe", EnumSet.allOf(Onderdeel.class));
        may.put("vt.hulpverlener", EnumSet.allOf(Onderdeel.class));
        may.put("vt.crisis", EnumSet.allOf(Onderdeel.class));
        may.put("om.noord", OM);
        for (PartnerSoort kind : List.of(PartnerSoort.AMW, PartnerSoort.OPVANG, PartnerSoort.RECLASSERING)) {
            Set<Onderdeel> parts = EnumSet.noneOf(Onderdeel.class);
            for (Onderdeel o : Onderdeel.values()) {
                if (kind.sees(o)) {
                    parts.add(o);
                }
            }
            may.put(Map.of(PartnerSoort.AMW, "amw", PartnerSoort.OPVANG, "opvang", PartnerSoort.RECLASSERING,
                    "reclassering").get(kind), parts);
        }
        return may;
    }

    private UUID org(String name) {
        return organisations.ofType(OrganisationType.ZORGAANBIEDER).stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    /** A case in Assen with an order, its help accepted, three partners and a confidential breach report. */
    private String[] assen() {
        String id = cases.readyForDecision("hovj", "GM0106");
        String c = "/api/v1/dossiers/" + id;
        JsonNode order = require(api.post("hovj", c + "/besluit", cases.impose("Mishandeling.")), 200).json();
        require(api.post("vt.drenthe", c + "/hulpverlening/aanvaarding", Map.of()), 201);
        for (String[] p : new String[][] {{"AMW", "Algemeen Maatschappelijk Werk Drenthe"},
                {"OPVANG", "Crisisopvang Drenthe"}, {"RECLASSERING", "Reclassering Noord"}}) {
            require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "PARTNER", "partnerSoort", p[0],
                    "organisationId", org(p[1]))), 201);
        }
        Map<String, Object> breach = new LinkedHashMap<>();
        breach.put("occurredAt", Instant.parse(order.path("opgelegdOp").asString()).plusSeconds(60).toString());
        breach.put("vorm", "TELEFOON");
        breach.put("gemeldDoor", "RECLASSERING");
        breach.put("bronVertrouwelijk", true);
        breach.put("beschrijving", "Belde de achterblijver.");
        clock.set(Instant.parse(order.path("opgelegdOp").asString()).plusSeconds(3600));
        require(api.post("reclassering", c + "/overtredingen", breach), 201);
        String beschikking = api.get("hovj", c + "/huisverbod").json().path("beschikkingen").get(0).path("id").asString();
        return new String[] {id, beschikking};
    }

    @Test
    void no_user_reads_any_part_of_a_case_beyond_need_to_know_through_any_endpoint() {
        List<String> templates = caseReadPaths();
        List<String> unclassified = templates.stream().filter(t -> !PART.containsKey(t)).toList();
        assertThat(unclassified).as("case endpoints without a part in this test").isEmpty();

        String[] assen = assen();
        String amsterdam = cases.register("hovj.amsterdam", "GM0363");
        Map<String, Set<Onderdeel>> may = assenCase();

        List<String> leaks = new ArrayList<>();
        Set<String> refusedWhereAllowed = new TreeSet<>();
        int requests = 0;
        for (String template : templates) {
            for (String user : USERS) {
                for (boolean inside : new boolean[] {true, false}) {
                    String id = inside ? assen[0] : amsterdam;
                    String path = "/api/v1/dossiers/" + id + template.replace("{beschikkingId}", assen[1])
                            .replace("{documentId}", UUID.randomUUID().toString());
                    boolean allowed = inside ? allowed(may.get(user), PART.get(template))
                            : user.equals("hovj.amsterdam") && allowed(POLICE, PART.get(template));
                    Api.Response r = api.get(user, path);
                    requests++;
                    if (r.status() / 100 == 2 && !allowed) {
                        leaks.add(user + " GET " + template + (inside ? "" : " (case outside the area)") + " -> "
                                + r.status());
                    } else if (allowed && r.status() == 403) {
                        refusedWhereAllowed.add(user + " GET " + template);
                    }
                }
            }
        }
        System.out.printf("Need-to-know matrix: %d requests, %d endpoints x %d users x 2 cases, %d leaks%n", requests,
                templates.size(), USERS.size(), leaks.size());
        refusedWhereAllowed.forEach(r -> System.out.println("  refused although the domain allows it: " + r));
        assertThat(leaks).as("reads beyond need-to-know").isEmpty();

        // the timeline shows each user only the changes of the parts it sees
        for (String user : may.keySet()) {
            String timeline = api.get(user, "/api/v1/dossiers/" + assen[0] + "/tijdlijn").body();
            if (!may.get(user).contains(Onderdeel.RIHG)) {
                assertThat(timeline).as(user).doesNotContain("risicotaxatie");
            }
            if (!may.get(user).contains(Onderdeel.OVERTREDINGEN)) {
                assertThat(timeline).as(user).doesNotContain("overtreding");
            }
        }
    }

    @Test
    void the_municipal_check_page_opens_for_the_legal_officer_only() {
        String[] assen = assen();
        assertThat(new nl.huisverbod.support.WebSession(port, "jurist.assen").get("/controle/" + assen[0]).statusCode())
                .isEqualTo(200);
        for (String other : List.of("opvang", "amw", "hovj", "vt.drenthe")) {
            assertThat(new nl.huisverbod.support.WebSession(port, other).get("/controle/" + assen[0]).statusCode())
                    .as(other).isEqualTo(403);
        }
    }

    private static boolean allowed(Set<Onderdeel> parts, String part) {
        if (parts == null || parts.isEmpty()) {
            return false;
        }
        return part.equals(CASE) || parts.contains(Onderdeel.valueOf(part));
    }

    /** Every GET operation of the published OpenAPI below a case, as the path after {@code /dossiers/{id}}. */
    private List<String> caseReadPaths() {
        JsonNode paths = api.get("hovj", "/api/v1/openapi.json").json().path("paths");
        List<String> templates = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (path.startsWith("/api/v1/dossiers/{id}") && paths.path(path).has("get")) {
                templates.add(path.substring("/api/v1/dossiers/{id}".length()));
            }
        }
        assertThat(templates).hasSizeGreaterThan(25);
        return templates;
    }
}
