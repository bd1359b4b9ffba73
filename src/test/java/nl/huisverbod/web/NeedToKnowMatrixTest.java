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
            Map.entry("/termijnen", CASE), // each deadline by its part, checked below
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

    private static final Set<Onderdeel> POLICE = EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.CRITERIA, Onderdeel.RIHG, Onderdeel.BESLUIT, Onderdeel.DOCUMENTEN,
            Onderdeel.OVERTREDINGEN, Onderdeel.STRAFRECHT, Onderdeel.INCIDENTEN, Onderdeel.TEAM, Onderdeel.VEILIGHEIDSPLAN);
    private static final Set<Onderdeel> MUNICIPALITY = EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.CRITERIA, Onderdeel.RIHG, Onderdeel.BESLUIT,
            Onderdeel.DOCUMENTEN, Onderdeel.OVERTREDINGEN, Onderdeel.INCIDENTEN, Onderdeel.TEAM, Onderdeel.VEILIGHEIDSPLAN,
            Onderdeel.ZORGADVIES, Onderdeel.NAZORG);
    private static final Set<Onderdeel> OM = EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.CRITERIA, Onderdeel.RIHG, Onderdeel.BESLUIT, Onderdeel.DOCUMENTEN,
            Onderdeel.OVERTREDINGEN, Onderdeel.STRAFRECHT, Onderdeel.INCIDENTEN, Onderdeel.TEAM);
    /** Which part of the case each kind of deadline belongs to (domain.md §7: who acts on it). */
    private static final Map<String, Onderdeel> DEADLINE_PART = Map.ofEntries(
            Map.entry("SCHRIFTELIJKE_BESCHIKKING", Onderdeel.BESLUIT), Map.entry("BEREIKBAARHEID", Onderdeel.BESLUIT),
            Map.entry("ADVOCAAT", Onderdeel.BESLUIT), Map.entry("ZITTING_VOORLOPIGE_VOORZIENING", Onderdeel.BESLUIT),
            Map.entry("VERLENGINGSBESLUIT", Onderdeel.BESLUIT), Map.entry("ACTIVERING_HULP", Onderdeel.TEAM),
            Map.entry("GEZINSMANAGER", Onderdeel.TEAM), Map.entry("EERSTE_CONTACT_ACHTERBLIJVERS", Onderdeel.CONTACTEN),
            Map.entry("HUISBEZOEK_ACHTERBLIJVERS", Onderdeel.CONTACTEN),
            Map.entry("EERSTE_CONTACT_UITHUISGEPLAATSTE", Onderdeel.CONTACTEN),
            Map.entry("CONTACT_KINDEREN", Onderdeel.CONTACTEN), Map.entry("EERSTE_ZORGOVERLEG", Onderdeel.ZORGOVERLEG),
            Map.entry("SYSTEEMGESPREK", Onderdeel.SYSTEEMGESPREK), Map.entry("ZORGADVIES", Onderdeel.ZORGADVIES),
            Map.entry("BELEIDSADVIES", Onderdeel.ZORGADVIES), Map.entry("MONITORING_6_WEKEN", Onderdeel.NAZORG),
            Map.entry("MONITORING_3_MAANDEN", Onderdeel.NAZORG), Map.entry("MONITORING_6_MAANDEN", Onderdeel.NAZORG),
            Map.entry("MONITORING_1_JAAR", Onderdeel.NAZORG));

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
        // partners by their kind (domain.md §2): social work with the family, the shelter for the evicted person
        // only (whom it houses, its placement, whom to call), probation with the criminal track
        may.put("amw", EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.OVERTREDINGEN,
                Onderdeel.TEAM, Onderdeel.CONTACTEN, Onderdeel.SCREENING, Onderdeel.ZORGOVERLEG, Onderdeel.PLAN,
                Onderdeel.VEILIGHEIDSPLAN, Onderdeel.ZORGADVIES));
        may.put("opvang", EnumSet.of(Onderdeel.TEAM, Onderdeel.OPVANG));
        may.put("reclassering", EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.TEAM,
                Onderdeel.ZORGOVERLEG, Onderdeel.PLAN, Onderdeel.VEILIGHEIDSPLAN, Onderdeel.OVERTREDINGEN,
                Onderdeel.STRAFRECHT, Onderdeel.ZORGADVIES));
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

        // the case itself: the household and the grounds only with their parts; each deadline by its part
        for (String user : may.keySet()) {
            JsonNode c = api.get(user, "/api/v1/dossiers/" + assen[0]).json();
            List<String> roles = new ArrayList<>();
            c.path("personen").forEach(p -> roles.add(p.path("rol").asString()));
            if (may.get(user).contains(Onderdeel.HUISHOUDEN)) {
                assertThat(roles).as(user).contains("UITHUISGEPLAATSTE", "ACHTERBLIJVER", "KIND");
                assertThat(c.path("adres").isObject()).as(user).isTrue();
            } else {
                assertThat(roles).as(user).containsExactly("UITHUISGEPLAATSTE");
                assertThat(c.path("adres").isObject()).as(user + " sees the address").isFalse();
                assertThat(api.get(user, "/api/v1/dossiers").body()).as(user).doesNotContain("Teststraat");
            }
            assertThat(c.path("toetsingscriteria").isObject()).as(user + " sees the grounds")
                    .isEqualTo(may.get(user).contains(Onderdeel.CRITERIA));
            JsonNode deadlines = api.get(user, "/api/v1/dossiers/" + assen[0] + "/termijnen").json();
            assertThat(deadlines.size()).as(user).isPositive();
            deadlines.forEach(d -> assertThat(may.get(user)).as(user + " sees the deadline " + d.path("kind"))
                    .contains(DEADLINE_PART.get(d.path("kind").asString())));
        }

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
    void no_user_changes_anything_of_a_case_outside_their_area_through_any_write_operation() {
        JsonNode paths = publishedPaths();
        String amsterdam = cases.register("hovj.amsterdam", "GM0363");
        String before = api.get("hovj.amsterdam", "/api/v1/dossiers/" + amsterdam).body();
        List<String> leaks = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int requests = 0;
        for (String path : paths.propertyNames()) {
            if (!path.startsWith("/api/v1/dossiers/{id}")) {
                continue;
            }
            for (String method : List.of("post", "put", "delete")) {
                if (!paths.path(path).has(method)) {
                    continue;
                }
                String concrete = path.replace("{id}", amsterdam).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (String user : USERS) {
                    if (user.equals("hovj.amsterdam")) {
                        continue; // the one user whose area it is
                    }
                    Api.Response r = switch (method) {
                        case "post" -> api.post(user, concrete, Map.of());
                        case "put" -> api.put(user, concrete, Map.of("version", 0));
                        default -> api.delete(user, concrete);
                    };
                    requests++;
                    statuses.merge(r.status(), 1, Integer::sum);
                    if (r.status() / 100 == 2) {
                        leaks.add(user + " " + method.toUpperCase() + " " + path + " -> " + r.status());
                    }
                }
            }
        }
        System.out.printf("Need-to-know writes: %d requests to a case outside the area, by status %s, %d accepted%n",
                requests, statuses, leaks.size());
        assertThat(leaks).as("writes to a case outside the user's area").isEmpty();
        assertThat(requests).isGreaterThan(500);
        assertThat(api.get("hovj.amsterdam", "/api/v1/dossiers/" + amsterdam).body()).as("the case is unchanged")
                .isEqualTo(before);
    }

    /** Write operations whose path does not start with a read's path: the part each changes. */
    private static final Map<String, String> WRITE_PART = Map.ofEntries(
            Map.entry("/besluit", "BESLUIT"), Map.entry("/toetsingscriteria", "CRITERIA"),
            Map.entry("/verlenging", "BESLUIT"), Map.entry("/niet-verlenging", "BESLUIT"),
            Map.entry("/intrekking", "BESLUIT"), Map.entry("/herstelbeschikkingen", "BESLUIT"),
            Map.entry("/juridische-controles", "BESLUIT"), Map.entry("/monitoringrapport", "NAZORG"),
            Map.entry("/afsluiting", "NAZORG"));

    /** The part a write below a case changes: the longest read path it starts with, or its own entry. */
    private static String writePart(String template) {
        String best = null;
        for (String read : PART.keySet()) {
            if (!read.isEmpty() && (template.equals(read) || template.startsWith(read + "/"))
                    && (best == null || read.length() > best.length())) {
                best = read;
            }
        }
        for (String write : WRITE_PART.keySet()) {
            if (template.equals(write) || template.startsWith(write + "/")) {
                return WRITE_PART.get(write);
            }
        }
        return best == null ? null : PART.get(best);
    }

    @Test
    void no_user_changes_a_part_of_a_case_in_their_area_that_they_may_not_see() {
        JsonNode paths = publishedPaths();
        String[] assen = assen();
        Map<String, Set<Onderdeel>> may = assenCase();
        List<String> unknown = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        Set<String> validatedFirst = new TreeSet<>();
        int requests = 0;
        for (String path : paths.propertyNames()) {
            if (!path.startsWith("/api/v1/dossiers/{id}/")) {
                continue;
            }
            String template = path.substring("/api/v1/dossiers/{id}".length());
            for (String method : List.of("post", "put", "delete")) {
                if (!paths.path(path).has(method)) {
                    continue;
                }
                String part = writePart(template);
                if (part == null) {
                    unknown.add(method.toUpperCase() + " " + template);
                    continue;
                }
                String concrete = path.replace("{id}", assen[0]).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (String user : may.keySet()) {
                    if (allowed(may.get(user), part)) {
                        continue; // may see it: whether it may change it is each rule's own test
                    }
                    Api.Response r = switch (method) {
                        case "post" -> api.post(user, concrete, Map.of());
                        case "put" -> api.put(user, concrete, Map.of("version", 0));
                        default -> api.delete(user, concrete);
                    };
                    requests++;
                    if (r.status() / 100 == 2) {
                        leaks.add(user + " " + method.toUpperCase() + " " + template + " -> " + r.status());
                    } else if (r.status() == 400) {
                        validatedFirst.add(method.toUpperCase() + " " + template);
                    }
                }
            }
        }
        assertThat(unknown).as("write operations without a part in this test").isEmpty();
        System.out.printf("Need-to-know writes inside the area: %d requests by users who may not see the part, %d accepted%n",
                requests, leaks.size());
        validatedFirst.forEach(w -> System.out.println("  input checked before need-to-know: " + w));
        assertThat(leaks).as("writes to parts the user may not see").isEmpty();
    }

    /** The municipal legal officer's check of an order (Awb, the municipality's own review): only that officer. */
    private static final String CHECK = "CHECK";

    /** Which part of the case each page below a case shows, by its path pattern. */
    private static final Map<String, String> PAGE_PART = Map.ofEntries(
            Map.entry("/dossiers/{id}", CASE),
            Map.entry("/dossiers/{id}/criteria", "CRITERIA"),
            Map.entry("/dossiers/{id}/rihg", "RIHG"),
            Map.entry("/dossiers/{id}/besluit", "BESLUIT"),
            Map.entry("/dossiers/{id}/beschikkingen/{beschikkingId}.pdf", "BESLUIT"),
            // the leaflets name no one: what the order means and when it ends, as the help file's period shows
            Map.entry("/dossiers/{id}/folder-uithuisgeplaatste.pdf", CASE),
            Map.entry("/dossiers/{id}/folder-achterblijvers.pdf", CASE),
            Map.entry("/dossiers/{id}/documenten/{documentId}", "DOCUMENTEN"),
            Map.entry("/dossiers/{id}/hulp", "TEAM"),
            Map.entry("/dossiers/{id}/hulp/screening/{persoonId}/{formulier}", "SCREENING"),
            Map.entry("/dossiers/{id}/hulp/{actie}", "by action"),
            Map.entry("/dossiers/{id}/hulp/{actie}/{sub}", "by action"),
            Map.entry("/dossiers/{id}/nazorg/{actie}", "NAZORG"),
            Map.entry("/dossiers/{id}/nazorg/{actie}/{sub}", "NAZORG"),
            Map.entry("/controle/{id}", CHECK));

    /** The help file's forms and the part each one writes to (and shows). */
    private static final Map<String, String> HELP_ACTION = Map.ofEntries(
            Map.entry("team", "TEAM"), Map.entry("contact", "CONTACTEN"), Map.entry("overleg", "ZORGOVERLEG"),
            Map.entry("plan", "PLAN"), Map.entry("veiligheidsplan", "VEILIGHEIDSPLAN"),
            Map.entry("systeemgesprek", "SYSTEEMGESPREK"), Map.entry("opvang", "OPVANG"),
            Map.entry("zorgadvies", "ZORGADVIES"), Map.entry("zienswijze", "ZORGADVIES"),
            Map.entry("hoorzitting", "ZORGADVIES"), Map.entry("beleidsadvies", "ZORGADVIES"),
            Map.entry("strafrecht", "STRAFRECHT"), Map.entry("incident", "INCIDENTEN"));

    private static final List<String> AFTERCARE_ACTIONS = List.of("verwijzing", "inventaris", "tijd", "monitoring",
            "rapport", "afsluiting");

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Test
    void no_user_opens_any_page_of_a_case_beyond_need_to_know() {
        List<String> patterns = casePages();
        assertThat(patterns.stream().filter(t -> !PAGE_PART.containsKey(t)).toList())
                .as("case pages without a part in this test").isEmpty();

        String[] assen = assen();
        String amsterdam = cases.register("hovj.amsterdam", "GM0363");
        String child = api.get("vt.drenthe", "/api/v1/dossiers/" + assen[0]).json().path("personen").valueStream()
                .filter(p -> p.path("rol").asString().equals("KIND")).findFirst().orElseThrow().path("id").asString();
        Map<String, Set<Onderdeel>> may = assenCase();

        // each page pattern expanded to the concrete pages, with the part each shows
        Map<String, String> pages = new LinkedHashMap<>();
        for (String pattern : patterns) {
            String part = PAGE_PART.get(pattern);
            String page = pattern.replace("{beschikkingId}", assen[1]).replace("{documentId}", UUID.randomUUID().toString())
                    .replace("{persoonId}", child).replace("{formulier}", "KINDCHECK")
                    .replace("{sub}", UUID.randomUUID().toString());
            if (pattern.contains("/hulp/{actie}")) {
                HELP_ACTION.forEach((action, p) -> pages.put(page.replace("{actie}", action), p));
            } else if (pattern.contains("/nazorg/{actie}")) {
                AFTERCARE_ACTIONS.forEach(action -> pages.put(page.replace("{actie}", action), part));
            } else {
                pages.put(page, part);
            }
        }

        List<String> leaks = new ArrayList<>();
        Set<String> openedWhereAllowed = new TreeSet<>();
        int requests = 0;
        for (String user : USERS) {
            var session = new nl.huisverbod.support.WebSession(port, user);
            for (var page : pages.entrySet()) {
                for (boolean inside : new boolean[] {true, false}) {
                    String part = page.getValue();
                    boolean allowed = part.equals(CHECK) ? inside && user.equals("jurist.assen")
                            : inside ? allowed(may.get(user), part)
                                    : user.equals("hovj.amsterdam") && allowed(POLICE, part);
                    var r = session.get(page.getKey().replace("{id}", inside ? assen[0] : amsterdam));
                    requests++;
                    if (r.statusCode() / 100 == 2 && !allowed) {
                        leaks.add(user + " GET " + page.getKey() + (inside ? "" : " (case outside the area)") + " -> "
                                + r.statusCode());
                    } else if (r.statusCode() == 200) {
                        openedWhereAllowed.add(page.getKey());
                    }
                }
            }
            // the case page itself: the household and the grounds only with their parts
            String casePage = session.get("/dossiers/" + assen[0]).body();
            if (may.containsKey(user) && !may.get(user).contains(Onderdeel.HUISHOUDEN)) {
                assertThat(casePage).as(user).doesNotContain("01-05-2016").doesNotContain("Ineke").doesNotContain("Teststraat");
            }
        }
        System.out.printf("Need-to-know pages: %d requests, %d pages x %d users x 2 cases, %d leaks%n", requests,
                pages.size(), USERS.size(), leaks.size());
        pages.keySet().stream().filter(p -> !openedWhereAllowed.contains(p))
                .forEach(p -> System.out.println("  opened by nobody: " + p));
        // the walk reaches the pages themselves, not only their refusals
        assertThat(openedWhereAllowed).hasSizeGreaterThan(pages.size() * 2 / 3);
        assertThat(leaks).as("pages beyond need-to-know").isEmpty();
    }

    /** Every page (not the API) whose path starts with a case, from the application's own request mappings. */
    private List<String> casePages() {
        List<String> found = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().isEmpty() && !info.getMethodsCondition().getMethods()
                    .contains(org.springframework.web.bind.annotation.RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/dossiers/{id}") || pattern.startsWith("/controle/{id}")) {
                    found.add(pattern);
                }
            }
        });
        assertThat(found).hasSizeGreaterThan(10);
        return found.stream().distinct().sorted().toList();
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
        if (part.equals("by action")) {
            throw new IllegalArgumentException("expand the action first");
        }
        if (parts == null || parts.isEmpty()) {
            return false;
        }
        return part.equals(CASE) || parts.contains(Onderdeel.valueOf(part));
    }

    /** The published operations by their full path: the server's address (with the major version) and the path. */
    private JsonNode publishedPaths() {
        JsonNode spec = api.get("hovj", "/api/v1/openapi.json").json();
        String base = spec.path("servers").get(0).path("url").asString();
        var full = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        spec.path("paths").properties().forEach(e -> full.set(base + e.getKey(), e.getValue()));
        return full;
    }

    /** Every GET operation of the published OpenAPI below a case, as the path after {@code /dossiers/{id}}. */
    private List<String> caseReadPaths() {
        JsonNode paths = publishedPaths();
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
