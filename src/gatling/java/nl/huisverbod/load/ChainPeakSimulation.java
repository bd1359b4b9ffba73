package nl.huisverbod.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The national peak as the chain lives it (issue 10): people log in through the real login form and open the
 * work list, case pages, the RiHG, the help file and the inbox with about 10 s of thinking between clicks;
 * partner systems take a token and register cases, record the entry criteria and a RiHG draft, and log
 * contacts; the HOvJs finalise those RiHGs and decide (the decision form, the beschikking made as PDF/A). Started against a running instance (README, "Load tests"):
 * {@code ./mvnw -Pload gatling:test -Dpeople=500 -DbaseUrl=http://127.0.0.1:8080} (several base URLs,
 * comma-separated, spread the people over nodes). One in ten virtual users is a system.
 */
public class ChainPeakSimulation extends Simulation {

    static final String[] BASE_URLS = System.getProperty("baseUrl", "http://127.0.0.1:8080").split(",");
    static final int PEOPLE = Integer.getInteger("people", 500);
    static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 40);
    static final int STAY_SECONDS = Integer.getInteger("staySeconds", 120);
    static final String PASSWORD = System.getProperty("password", "huisverbod-demo");
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    static final String SYSTEM_SECRET = System.getProperty("systemSecret", "huisverbod-demo-systeem");
    /** How the systems authenticate at the token endpoint: {@code key} (private_key_jwt) or {@code secret}. */
    static final boolean WITH_KEYS = !"secret".equals(System.getProperty("systemAuth", "key"));
    static final String POLICE_SYSTEM = "systeem.politie-noord-nederland";
    static final String VT_SYSTEM = "systeem.veilig-thuis-drenthe";

    /** The demo accounts people log in with, as often as their roles are in the chain at night. */
    private static final List<String> ACCOUNTS = List.of("hovj", "hovj", "hovj", "vt.drenthe", "vt.drenthe",
            "vt.hulpverlener", "vt.crisis", "jurist.assen", "burgemeester.assen", "agent");

    private final LoadData data = LoadData.fetch(BASE_URLS[0], SYSTEM_SECRET);
    private final PartnerKeys keys = WITH_KEYS ? PartnerKeys.register(BASE_URLS[0], PASSWORD, List.of(POLICE_SYSTEM, VT_SYSTEM))
            : null;

    static final String FACTS = "Na een melding van huiselijk geweld trof de politie de partner met letsel aan; de"
            + " uithuisgeplaatste heeft haar volgens haar verklaring bedreigd en geduwd. Er zijn kinderen in huis.";

    /** Cases whose RiHG draft a system filled in, waiting for a HOvJ to finalise it and decide. */
    private static final Queue<String> READY_FOR_DECISION = new ConcurrentLinkedQueue<>();

    private final HttpProtocolBuilder protocol = http.baseUrls(BASE_URLS)
            .acceptLanguageHeader("nl")
            .disableWarmUp()
            .disableCaching();

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(7), Duration.ofSeconds(13));
    }

    /**
     * A person who is told to wait (503, Retry-After 5 s) tries again after it, three times in all; one who
     * cannot log in goes away rather than clicking on through the login page.
     */
    private static ChainBuilder retried(String counter, ChainBuilder chain) {
        return exec(tryMax(3, counter).on(doIf(session -> session.getInt(counter) > 0).then(pause(RETRY_AFTER))
                .exec(chain))).exitHereIfFailed();
    }

    private final ChainBuilder login = retried("loginAttempt", exec(
            http("login form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")),
            http("log in").post("/login")
                    .formParam("username", "#{username}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                    .check(status().is(200), css("main").exists())));

    private ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200))).exec(think());
    }

    /**
     * A HOvJ decides on a case that is ready, when there is one: reviews and finalises the RiHG the police's
     * system drafted, opens the decision form and imposes the order.
     */
    private final ChainBuilder decide = exec(session -> {
        String ready = READY_FOR_DECISION.poll();
        return session.set("decideCase", ready == null ? "" : ready);
    }).doIf(session -> !session.getString("decideCase").isEmpty()).then(
            exec(http("RiHG to finalise").get("/dossiers/#{decideCase}/rihg")
                    .check(status().is(200), form("form[action$='/rihg']").saveAs("rihgForm")))
                    .exec(think())
                    .exec(http("finalise RiHG").post("/dossiers/#{decideCase}/rihg").formParamMap(session -> session.<Object>getMap("rihgForm"))
                            .formParam("action", "finalise")
                            .check(status().is(200), currentLocationRegex("\\?saved").exists()))
                    .exec(http("decision form").get("/dossiers/#{decideCase}/besluit").check(status().is(200),
                    css("input[name=_csrf]", "value").saveAs("csrf"),
                    css("input[name=version]", "value").saveAs("decisionVersion")))
                    .exec(think())
                    .exec(http("decide").post("/dossiers/#{decideCase}/besluit")
                            .formParam("besluit", "OPLEGGEN").formParam("uitreiking", "IN_PERSOON").formParam("bevestigd", "true")
                            .formParam("feiten", FACTS).formParam("version", "#{decisionVersion}")
                            .formParam("afwijkingsreden", "De HOvJ ziet ter plaatse ernstig en onmiddellijk gevaar.")
                            .formParam("opgelegdOp", "").formParam("_csrf", "#{csrf}")
                            .check(status().is(200), currentLocationRegex("\\?saved").exists()))
                    .exec(think()));

    /** A token for a system: with a signed assertion (private_key_jwt), or with the shared secret. */
    private io.gatling.javaapi.http.HttpRequestActionBuilder token(String name, String system, String saveAs) {
        var request = http(name).post("/oauth2/token").formParam("grant_type", "client_credentials");
        request = WITH_KEYS
                ? request.formParam("client_id", system).formParam("client_assertion_type", PartnerKeys.ASSERTION_TYPE)
                        .formParam("client_assertion", session -> keys.assertion(system))
                : request.basicAuth(system, SYSTEM_SECRET);
        return request.check(status().is(200), jsonPath("$.access_token").saveAs(saveAs));
    }

    private final ScenarioBuilder people = scenario("people in the chain")
            .feed(() -> java.util.stream.Stream.generate(() -> Map.<String, Object>of(
                    "username", ACCOUNTS.get(ThreadLocalRandom.current().nextInt(ACCOUNTS.size())))).iterator())
            .exec(login).exec(think())
            .exec(during(Duration.ofSeconds(STAY_SECONDS)).on(
                    exec(session -> session.set("caseId", data.randomCase()))
                            .exec(page("work list", "/"))
                            .exec(page("case page", "/dossiers/#{caseId}"))
                            .exec(page("RiHG", "/dossiers/#{caseId}/rihg"))
                            .doIf(session -> session.getString("username").startsWith("vt."))
                            .then(page("help file", "/dossiers/" + data.helpCase() + "/hulp"))
                            .exec(page("inbox", "/inbox"))
                            .doIf(session -> session.getString("username").equals("hovj")).then(decide)));

    private final ScenarioBuilder systems = scenario("partner systems")
            .exec(retried("tokenAttempt", exec(token("token", POLICE_SYSTEM, "police"))))
            .exec(retried("tokenAttemptVt", exec(token("token (VT)", VT_SYSTEM, "vt"))))
            .exec(during(Duration.ofSeconds(STAY_SECONDS)).on(
                    exec(http("register case (API)").post("/api/v1/dossiers")
                            .header("Authorization", "Bearer #{police}").header("Content-Type", "application/json")
                            .body(StringBody(session -> LoadData.registration()))
                            .check(status().is(201), jsonPath("$.id").saveAs("newCase"),
                                    jsonPath("$.version").saveAs("version")))
                            .exec(think())
                            .exec(http("entry criteria (API)").put("/api/v1/dossiers/#{newCase}/toetsingscriteria")
                                    .header("Authorization", "Bearer #{police}").header("Content-Type", "application/json")
                                    .body(StringBody("{\"version\":#{version},\"meerderjarig\":true,\"meerderjarigReden\":\"BRP\","
                                            + "\"woonachtig\":true,\"woonachtigReden\":\"BRP\",\"gevaar\":true,"
                                            + "\"gevaarReden\":\"Verhoor van de melder\"}"))
                                    .check(status().is(200)))
                            .exec(think())
                            .exec(http("RiHG draft (API)").put("/api/v1/dossiers/#{newCase}/risicotaxatie")
                                    .header("Authorization", "Bearer #{police}").header("Content-Type", "application/json")
                                    .body(StringBody(data.rihgDraft()))
                                    .check(status().is(200)))
                            .exec(session -> {
                                READY_FOR_DECISION.add(session.getString("newCase"));
                                return session;
                            })
                            .exec(think())
                            .exec(http("contact log (API)").post("/api/v1/dossiers/" + data.helpCase() + "/contacten")
                                    .header("Authorization", "Bearer #{vt}").header("Content-Type", "application/json")
                                    .body(StringBody(session -> data.contact())).check(status().is(201)))
                            .exec(think())));

    {
        int systemUsers = Math.max(1, PEOPLE / 10);
        setUp(people.injectOpen(rampUsers(PEOPLE - systemUsers).during(Duration.ofSeconds(RAMP_SECONDS))),
                systems.injectOpen(rampUsers(systemUsers).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol);
    }
}
