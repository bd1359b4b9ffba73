package nl.huisverbod.care;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.deadlines.Deadlines;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Users;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The ten days over the API with a controlled clock: the coordinator accepts and forms the team, partners see
 * only their part, contacts and meetings meet the agreed deadlines (working days over King's Day), the
 * zorgadvies keeps a partner's dissent, the municipality hears both parties and advises, the mayor extends.
 */
@IntegrationTest
class TenDaysApiTest extends ApiTestSupport {

    /** Friday 24 April 2026, 10:00 in the Netherlands; Monday 27 April is King's Day. */
    static final Instant FRIDAY_BEFORE_KINGS_DAY = ZonedDateTime.of(2026, 4, 24, 10, 0, 0, 0, LegalTime.ZONE).toInstant();

    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    Deadlines deadlines;

    String imposeInAssen() {
        String id = cases.readyForDecision("hovj", "GM0106");
        require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Ernstige mishandeling.")), 200);
        return id;
    }

    Map<String, JsonNode> deadlinesOf(String user, String id) {
        Map<String, JsonNode> byKind = new HashMap<>();
        api.get(user, "/api/v1/dossiers/" + id + "/termijnen").json().forEach(t -> byKind.put(t.path("kind").asString(), t));
        return byKind;
    }

    UUID person(String id, String rol) {
        for (JsonNode p : api.get("vt.drenthe", "/api/v1/dossiers/" + id).json().path("personen")) {
            if (p.path("rol").asString().equals(rol)) {
                return UUID.fromString(p.path("id").asString());
            }
        }
        throw new AssertionError("no " + rol);
    }

    UUID org(String name) {
        return organisations.ofType(OrganisationType.ZORGAANBIEDER).stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    UUID user(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    Instant local(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, LegalTime.ZONE).toInstant();
    }

    static Instant due(Map<String, JsonNode> d, String kind) {
        return Instant.parse(d.get(kind).path("dueAt").asString());
    }

    static String status(Map<String, JsonNode> d, String kind) {
        return d.get(kind).path("status").asString();
    }

    @Test
    void a_coordinator_runs_a_case_through_the_ten_days_and_the_mayor_extends_on_the_advice() throws Exception {
        clock.set(FRIDAY_BEFORE_KINGS_DAY);
        String id = imposeInAssen();
        String c = "/api/v1/dossiers/" + id;

        // the agreed deadlines start with the order, by the national defaults (domain.md §7)
        Map<String, JsonNode> d = deadlinesOf("vt.drenthe", id);
        assertThat(due(d, "ACTIVERING_HULP")).isEqualTo(local(4, 24, 14));
        assertThat(due(d, "EERSTE_CONTACT_UITHUISGEPLAATSTE")).isEqualTo(local(4, 25, 23).plusSeconds(59 * 60));
        assertThat(due(d, "GEZINSMANAGER")).isEqualTo(local(4, 26, 10));
        assertThat(due(d, "ZORGADVIES")).isEqualTo(local(5, 1, 23).plusSeconds(59 * 60));
        assertThat(due(d, "BELEIDSADVIES")).isEqualTo(local(5, 2, 23).plusSeconds(59 * 60));
        assertThat(due(d, "VERLENGINGSBESLUIT")).isEqualTo(local(5, 4, 10));

        // a partner cannot accept, and nothing is recorded before the file is accepted
        assertThat(api.post("amw", c + "/hulpverlening/aanvaarding", Map.of()).status()).isEqualTo(403);
        Api.Response early = api.post("vt.drenthe", c + "/contacten", Map.of("persoonId", person(id, "ACHTERBLIJVER"),
                "kanaal", "TELEFOON", "bereikt", true, "moment", clock.instant().toString()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("care.notAccepted");

        // 11:00 the coordinator accepts: help activated in time; the next deadlines start from acceptance
        clock.set(local(4, 24, 11));
        require(api.post("vt.drenthe", c + "/hulpverlening/aanvaarding", Map.of()), 201);
        assertThat(api.post("vt.drenthe", c + "/hulpverlening/aanvaarding", Map.of()).status()).isEqualTo(400);
        d = deadlinesOf("vt.drenthe", id);
        assertThat(status(d, "ACTIVERING_HULP")).isEqualTo("MET");
        assertThat(due(d, "EERSTE_CONTACT_ACHTERBLIJVERS")).isEqualTo(local(4, 24, 12));
        // the same or next working day: Saturday, Sunday and King's Day are skipped
        assertThat(due(d, "HUISBEZOEK_ACHTERBLIJVERS")).isEqualTo(local(4, 28, 23).plusSeconds(59 * 60));
        assertThat(due(d, "EERSTE_ZORGOVERLEG")).isEqualTo(local(4, 28, 23).plusSeconds(59 * 60));

        // the team: professionals for both parties, a gezinsmanager, and two partners with limited views
        UUID vt = organisations.serving(OrganisationType.VEILIG_THUIS, "Drenthe").get(0).id();
        require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "ACHTERBLIJVERS",
                "organisationId", vt, "userId", user("vt.hulpverlener"))), 201);
        require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "UITHUISGEPLAATSTE",
                "organisationId", org("Reclassering Noord"), "userId", user("reclassering"))), 201);
        require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "GEZINSMANAGER",
                "organisationId", org("Jeugdbescherming Noord"), "userId", user("jeugd"))), 201);
        require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "PARTNER",
                "partnerSoort", "AMW", "organisationId", org("Algemeen Maatschappelijk Werk Drenthe"))), 201);
        require(api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "PARTNER",
                "partnerSoort", "OPVANG", "organisationId", org("Crisisopvang Drenthe"))), 201);
        Api.Response badTeam = api.post("vt.drenthe", c + "/hulpverlening/team", Map.of("functie", "PARTNER",
                "organisationId", UUID.randomUUID()));
        assertThat(badTeam.status()).isEqualTo(400);
        assertThat(badTeam.json().path("invalidParams").toString()).contains("partnerSoort", "organisationId");
        assertThat(status(deadlinesOf("vt.drenthe", id), "GEZINSMANAGER")).isEqualTo("MET");

        // need-to-know per part: the shelter sees the order and the shelter, not the contacts or the RiHG
        assertThat(api.get("opvang", c + "/hulpverlening").status()).isEqualTo(200);
        assertThat(api.get("opvang", c + "/opvang").status()).isEqualTo(200);
        assertThat(api.get("opvang", c + "/contacten").status()).isEqualTo(403);
        assertThat(api.get("opvang", c + "/risicotaxatie").status()).isEqualTo(403);
        assertThat(api.get("amw", c + "/screenings").status()).isEqualTo(200);
        assertThat(api.get("agent", c + "/veiligheidsplan").status()).isIn(200, 404);
        assertThat(api.get("agent", c + "/contacten").status()).isEqualTo(403);
        assertThat(api.get("opvang", "/api/v1/inbox").json().toString()).contains("PARTNER_UITGENODIGD");

        // 11:30 phone contact with the partner staying behind: met within the hour
        clock.set(local(4, 24, 11).plusSeconds(1800));
        require(api.post("vt.hulpverlener", c + "/contacten", Map.of("persoonId", person(id, "ACHTERBLIJVER"),
                "kanaal", "TELEFOON", "bereikt", true, "moment", clock.instant().toString(),
                "notitie", "Afspraak huisbezoek gemaakt")), 201);
        require(api.post("reclassering", c + "/contacten", Map.of("persoonId", person(id, "UITHUISGEPLAATSTE"),
                "kanaal", "TELEFOON", "bereikt", false, "moment", clock.instant().toString())), 201);
        // the first reached contact per person, in hours after the order (domain.md §9)
        JsonNode first = api.get("vt.drenthe", c + "/eerste-contacten").json();
        assertThat(first.toString()).contains("\"urenNaOpleggen\":1");
        // shelter on a regional crisis bed
        require(api.post("opvang", c + "/opvang", Map.of("persoonId", person(id, "UITHUISGEPLAATSTE"),
                "voorziening", "Crisisopvang Assen", "crisisbed", true, "van", "2026-04-24")), 201);
        assertThat(api.get("opvang", c + "/opvang").json().get(0).path("voorziening").asString())
                .isEqualTo("Crisisopvang Assen");

        // Tuesday after King's Day: the first care meeting with tasks, the veiligheidsplan, the first plan
        clock.set(local(4, 28, 14));
        JsonNode meeting = api.post("vt.drenthe", c + "/zorgoverleggen", Map.of("geplandOp", local(4, 28, 13).toString(),
                "agenda", "Kennismaking, risico's, taakverdeling")).json();
        Map<String, Object> minutes = new LinkedHashMap<>();
        minutes.put("version", meeting.path("version").asInt());
        minutes.put("gehoudenOp", local(4, 28, 13).toString());
        minutes.put("aanwezigen", "VT, reclassering, AMW, jeugdbescherming");
        minutes.put("notulen", "Situatie besproken; achterblijver wil hulp.");
        minutes.put("besluiten", "Systeemgesprek op dag 7.");
        minutes.put("taken", List.of(Map.of("omschrijving", "Huisbezoek achterblijver",
                "eigenaarId", org("Algemeen Maatschappelijk Werk Drenthe"), "uiterlijk", "2026-04-29")));
        require(api.put("vt.drenthe", c + "/zorgoverleggen/" + meeting.path("id").asString() + "/verslag", minutes), 200);
        assertThat(api.get("amw", "/api/v1/taken").json().toString()).contains("Huisbezoek achterblijver");
        Map<String, Object> safety = new LinkedHashMap<>();
        safety.put("timeOut", "Bij oplopende spanning verlaat hij de situatie en belt zijn broer.");
        safety.put("escalatieladder", "1. broer bellen 2. VT bellen 3. 112");
        safety.put("verblijf", "Hij verblijft in de crisisopvang; zij en Noor blijven in de woning.");
        safety.put("contactregeling", "Geen contact; omgang met Noor alleen begeleid.");
        safety.put("kinderen", "Noor weet wie ze kan bellen; school is ingelicht.");
        require(api.put("vt.drenthe", c + "/veiligheidsplan", safety), 200);
        assertThat(api.get("agent", c + "/veiligheidsplan").json().path("escalatieladder").asString()).contains("112");
        require(api.put("vt.drenthe", c + "/plannen-van-aanpak/EERSTE", Map.of("doelen", "Veiligheid herstellen",
                "afspraken", "Dagelijks contact")), 200);
        // a partner cannot write the plan
        assertThat(api.put("amw", c + "/plannen-van-aanpak/DEFINITIEF", Map.of("doelen", "x")).status()).isEqualTo(403);

        // Wednesday: the home visit deadline passed unmet and is escalated
        clock.set(local(4, 29, 9));
        deadlines.sweep();
        d = deadlinesOf("vt.drenthe", id);
        assertThat(status(d, "EERSTE_CONTACT_ACHTERBLIJVERS")).isEqualTo("MET");
        assertThat(status(d, "EERSTE_ZORGOVERLEG")).isEqualTo("MET");
        assertThat(status(d, "HUISBEZOEK_ACHTERBLIJVERS")).isEqualTo("MISSED");
        assertThat(status(d, "EERSTE_CONTACT_UITHUISGEPLAATSTE")).isEqualTo("MISSED");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api.get("vt.drenthe", "/api/v1/inbox").json().toString()).contains("Termijn verstreken: Huisbezoek achterblijvers"));

        // day 7: the system conversation and the final plan; day 8: the zorgadvies, with a partner's dissent
        clock.set(local(4, 30, 15));
        require(api.post("vt.drenthe", c + "/systeemgesprekken", Map.of("moment", local(4, 30, 14).toString(),
                "deelnemers", "Beide partners, VT, reclassering", "verslag", "Afspraken over contact en hulp.")), 201);
        require(api.put("vt.drenthe", c + "/plannen-van-aanpak/DEFINITIEF", Map.of("doelen", "Hulp voortzetten",
                "taken", List.of(Map.of("omschrijving", "Intake agressieregulatie", "eigenaarId",
                        org("Reclassering Noord"), "uiterlijk", "2026-05-06")))), 200);
        clock.set(local(5, 1, 11));
        require(api.post("amw", c + "/zorgadvies/zienswijzen", Map.of("adviesVerlengen", false,
                "toelichting", "De achterblijver wil het contact zelf herstellen.")), 201);
        Map<String, Object> advice = new LinkedHashMap<>();
        advice.put("verloop", "Rustig; één melding van aanwezigheid bij de woning.");
        advice.put("veiligheidsafspraken", "Veiligheidsplan van 28 april.");
        advice.put("hulpGestart", "AMW en reclassering gestart.");
        advice.put("dreigingAfgenomen", "NEE");
        advice.put("adviesVerlengen", true);
        advice.put("toelichting", "Dreiging niet afgenomen; hulp moet doorlopen.");
        JsonNode zorgadvies = api.post("vt.drenthe", c + "/zorgadvies", advice).json();
        java.time.Instant zorgadviesAt = local(5, 1, 11);
        assertThat(zorgadvies.path("zienswijzen").get(0).path("adviesVerlengen").asBoolean()).isFalse();
        assertThat(api.get("jurist.assen", c + "/zorgadvies").json().path("adviesVerlengen").asBoolean()).isTrue();

        // the municipality hears both parties, then advises; advice without hearing both is refused
        Api.Response tooSoon = api.post("jurist.assen", c + "/beleidsadvies", Map.of("adviesVerlengen", true,
                "motivering", "Conform zorgadvies."));
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.body()).contains("hoorzitting");
        clock.set(local(5, 2, 10));
        require(api.post("jurist.assen", c + "/hoorzittingen", Map.of("persoonId", person(id, "UITHUISGEPLAATSTE"),
                "moment", local(5, 2, 9).toString(), "wijze", "TELEFONISCH", "samenvatting", "Is het niet eens met verlenging.")), 201);
        require(api.post("jurist.assen", c + "/hoorzittingen", Map.of("persoonId", person(id, "ACHTERBLIJVER"),
                "moment", local(5, 2, 9).toString(), "wijze", "IN_PERSOON", "samenvatting", "Voelt zich nog onveilig.")), 201);
        require(api.post("jurist.assen", c + "/beleidsadvies", Map.of("adviesVerlengen", true,
                "motivering", "Dreiging houdt aan; hulp loopt.")), 201);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api.get("burgemeester.assen", "/api/v1/inbox").json().toString()).contains("BELEIDSADVIES"));

        // the mayor extends; the extension decision is met and the police see the new end
        int version = api.get("burgemeester.assen", c + "/huisverbod").json().path("version").asInt();
        require(api.post("burgemeester.assen", c + "/verlenging", Map.of("version", version,
                "eindigtOp", local(5, 22, 10).toString(), "redenen", "Dreiging houdt aan (beleidsadvies).")), 200);
        assertThat(api.get("agent", c + "/huisverbod").json().path("eindigtOp").asString())
                .isEqualTo(local(5, 22, 10).toString());
        // the verlengingsbeschikking is served on both parties; the partners are told as well
        JsonNode order = api.get("jurist.assen", c + "/huisverbod").json();
        String verlenging = null;
        for (JsonNode b : order.path("beschikkingen")) {
            if (b.path("soort").asString().equals("VERLENGING")) {
                verlenging = b.path("id").asString();
            }
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(api.get("jurist.assen", c + "/beschikkingen/" + verlenging)
                .bytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .as("the verlengingsbeschikking names the hearing and the advices it rests on (Wth 9, Awb 3:46)")
                    .contains("Waarop de verlenging berust", "De uithuisgeplaatste is op "
                            + LegalTime.formatLong(local(5, 2, 9)) + " telefonisch gehoord",
                            "In het zorgadvies van " + LegalTime.formatLong(zorgadviesAt) + " adviseert",
                            "het huisverbod te verlengen", "In het beleidsadvies van")
                    .doesNotContain("De reden daarvoor is");
        }
        String serve = c + "/beschikkingen/" + verlenging + "/uitreikingen";
        require(api.post("jurist.assen", serve, Map.of("persoonId", person(id, "UITHUISGEPLAATSTE"), "wijze", "IN_PERSOON",
                "uitgereiktOp", local(5, 2, 10).toString())), 201);
        require(api.post("agent", serve, Map.of("persoonId", person(id, "ACHTERBLIJVER"), "wijze", "IN_PERSOON",
                "uitgereiktOp", local(5, 2, 10).toString())), 201);
        assertThat(api.post("agent", serve, Map.of("persoonId", person(id, "ACHTERBLIJVER"), "wijze", "IN_PERSOON",
                "uitgereiktOp", local(5, 2, 10).toString())).body()).contains("decision.served.already");
        assertThat(api.post("agent", serve, Map.of("persoonId", person(id, "KIND"), "wijze", "MONDELING",
                "uitgereiktOp", local(5, 2, 10).toString())).json().path("invalidParams").toString())
                .contains("persoonId", "wijze");
        assertThat(api.get("vt.drenthe", c + "/uitreikingen").json()).hasSize(2);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api.get("opvang", "/api/v1/inbox").json().toString()).contains("HUISVERBOD_VERLENGD"));
        d = deadlinesOf("vt.drenthe", id);
        for (String met : List.of("ACTIVERING_HULP", "GEZINSMANAGER", "EERSTE_ZORGOVERLEG", "SYSTEEMGESPREK",
                "ZORGADVIES", "BELEIDSADVIES", "VERLENGINGSBESLUIT")) {
            assertThat(status(d, met)).as(met).isEqualTo("MET");
        }
    }

    /** Veilig Thuis Drenthe works 08:00-22:00; outside those hours its crisis service is on duty. */
    void withVeiligThuisHours(java.util.function.BiConsumer<nl.huisverbod.identity.Organisation,
            nl.huisverbod.identity.Organisation> test) {
        var vt = organisations.serving(OrganisationType.VEILIG_THUIS, "Drenthe").get(0);
        var crisis = organisations.ofType(OrganisationType.VEILIG_THUIS).stream()
                .filter(o -> o.name().equals("Crisisdienst Veilig Thuis Drenthe")).findFirst().orElseThrow();
        organisations.setAvailability(vt.id(), java.time.LocalTime.of(8, 0), java.time.LocalTime.of(22, 0), crisis.id());
        try {
            test.accept(vt, crisis);
        } finally {
            organisations.setAvailability(vt.id(), null, null, null);
        }
    }

    @Test
    void work_arriving_outside_veilig_thuis_hours_goes_to_the_crisis_service_on_duty() {
        withVeiligThuisHours((vt, crisis) -> {
            clock.set(ZonedDateTime.of(2026, 3, 10, 23, 15, 0, 0, LegalTime.ZONE).toInstant());
            String night = imposeInAssen();
            clock.set(ZonedDateTime.of(2026, 3, 11, 10, 0, 0, 0, LegalTime.ZONE).toInstant());
            String day = imposeInAssen();

            JsonNode nightActivation = deadlinesOf("vt.drenthe", night).get("ACTIVERING_HULP");
            assertThat(nightActivation.path("ownerOrganisationId").asString()).isEqualTo(crisis.id().toString());
            assertThat(deadlinesOf("vt.drenthe", day).get("ACTIVERING_HULP").path("ownerOrganisationId").asString())
                    .isEqualTo(vt.id().toString());
            // the contact with the evicted person is due tomorrow night: Veilig Thuis opens before then and keeps it
            assertThat(deadlinesOf("vt.drenthe", night).get("EERSTE_CONTACT_UITHUISGEPLAATSTE")
                    .path("ownerOrganisationId").asString()).isEqualTo(vt.id().toString());
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                assertThat(noticesAbout("vt.crisis", night)).contains("HUISVERBOD_HULPVERLENING");
                assertThat(noticesAbout("vt.drenthe", day)).contains("HUISVERBOD_HULPVERLENING");
            });
            assertThat(noticesAbout("vt.drenthe", night)).doesNotContain("HUISVERBOD_HULPVERLENING");
            assertThat(noticesAbout("vt.crisis", day)).doesNotContain("HUISVERBOD_HULPVERLENING");
            // the crisis service owns the night's activation and sees it among its deadlines
            assertThat(api.get("vt.crisis", "/api/v1/termijnen").json().toString()).contains(night);
        });
    }

    @Test
    void an_order_given_at_night_and_recorded_in_the_morning_goes_to_the_team_at_work_when_it_is_told() {
        // the notice goes out in the morning: the crisis service of the night never hears of it (Wth 2(8))
        withVeiligThuisHours((vt, crisis) -> {
            java.time.Instant night = ZonedDateTime.of(2026, 3, 12, 23, 15, 0, 0, LegalTime.ZONE).toInstant();
            clock.set(ZonedDateTime.of(2026, 3, 13, 9, 30, 0, 0, LegalTime.ZONE).toInstant());
            String id = cases.readyForDecision("hovj", "GM0106");
            Map<String, Object> body = new LinkedHashMap<>(cases.impose("Ter plaatse mondeling opgelegd."));
            body.put("uitreiking", "MONDELING");
            body.put("opgelegdOp", night.toString());
            body.put("redenLaterVastgelegd", "Systeem 's nachts niet bereikbaar vanaf de plaats delict.");
            require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit", body), 200);
            JsonNode activation = deadlinesOf("vt.drenthe", id).get("ACTIVERING_HULP");
            assertThat(activation.path("ownerOrganisationId").asString()).isEqualTo(vt.id().toString());
            assertThat(java.time.Instant.parse(activation.path("dueAt").asString()))
                    .as("the four hours run from the notice, not from the night").isAfter(clock.instant());
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(noticesAbout("vt.drenthe", id)).contains("HUISVERBOD_HULPVERLENING"));
            assertThat(noticesAbout("vt.crisis", id)).doesNotContain("HUISVERBOD_HULPVERLENING");
        });
    }

    List<String> noticesAbout(String user, String dossierId) {
        List<String> kinds = new java.util.ArrayList<>();
        api.get(user, "/api/v1/inbox").json().forEach(n -> {
            if (n.path("dossierId").asString().equals(dossierId)) {
                kinds.add(n.path("kind").asString());
            }
        });
        return kinds;
    }

    @Test
    void agreed_deadlines_follow_the_region_or_municipality_and_legal_ones_cannot_be_changed() {
        String path = "/api/v1/termijnafspraken/REGIO/Drenthe/EERSTE_ZORGOVERLEG";
        assertThat(api.put("vt.drenthe", path, Map.of("eenheid", "WERKDAGEN", "aantal", 2)).status()).isEqualTo(403);
        Api.Response legal = api.put("beheerder", "/api/v1/termijnafspraken/REGIO/Drenthe/BEREIKBAARHEID",
                Map.of("eenheid", "UREN", "aantal", 48));
        assertThat(legal.status()).isEqualTo(400);
        assertThat(legal.body()).contains("deadline.rule.legal");
        Api.Response unknown = api.put("beheerder", "/api/v1/termijnafspraken/REGIO/Nergensland/EERSTE_ZORGOVERLEG",
                Map.of("eenheid", "DAG_VAN_HUISVERBOD", "aantal", 0));
        assertThat(unknown.json().path("invalidParams").toString()).contains("scopeCode", "aantal");
        require(api.put("beheerder", path, Map.of("eenheid", "WERKDAGEN", "aantal", 2)), 200);
        assertThat(api.put("beheerder", path, Map.of("eenheid", "WERKDAGEN", "aantal", 3, "version", 7)).status())
                .isEqualTo(409);
        try {
            clock.set(FRIDAY_BEFORE_KINGS_DAY);
            String id = imposeInAssen();
            clock.set(local(4, 24, 11));
            require(api.post("vt.drenthe", "/api/v1/dossiers/" + id + "/hulpverlening/aanvaarding", Map.of()), 201);
            // two working days after Friday: Tuesday (King's Day Monday skipped) then Wednesday
            assertThat(due(deadlinesOf("vt.drenthe", id), "EERSTE_ZORGOVERLEG"))
                    .isEqualTo(local(4, 29, 23).plusSeconds(59 * 60));
        } finally {
            assertThat(api.delete("beheerder", path).status()).isEqualTo(204);
        }
    }

    @Test
    void amstelveen_agreed_no_fixed_limits_so_only_the_legal_deadlines_run() {
        String id = cases.register("hovj.amsterdam", "GM0362");
        cases.criteria("hovj.amsterdam", id, true);
        cases.assess("hovj.amsterdam", id, List.of("B1", "B3"), false);
        require(api.post("hovj.amsterdam", "/api/v1/dossiers/" + id + "/besluit", cases.impose("Mishandeling.")), 200);
        assertThat(deadlinesOf("hovj.amsterdam", id).keySet())
                .containsExactlyInAnyOrder("BEREIKBAARHEID", "SCHRIFTELIJKE_BESCHIKKING", "VERLENGINGSBESLUIT");
    }

    @Test
    void a_deadline_at_risk_warns_its_owner_and_a_missed_one_escalates_to_the_municipality() {
        clock.set(ZonedDateTime.of(2026, 3, 12, 10, 0, 0, 0, LegalTime.ZONE).toInstant());
        String id = imposeInAssen();
        // four hours to activate the help: a warning an hour before
        clock.set(ZonedDateTime.of(2026, 3, 12, 13, 5, 0, 0, LegalTime.ZONE).toInstant());
        deadlines.sweep();
        assertThat(deadlinesOf("vt.drenthe", id).get("ACTIVERING_HULP").path("status").asString()).isEqualTo("OPEN");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(noticesAbout("vt.drenthe", id)).containsOnlyOnce("TERMIJN_DREIGT"));
        deadlines.sweep();
        assertThat(noticesAbout("vt.drenthe", id)).containsOnlyOnce("TERMIJN_DREIGT");
        // missed: Veilig Thuis is alerted, and the municipality that waits for the help hears of it too
        clock.set(ZonedDateTime.of(2026, 3, 12, 14, 5, 0, 0, LegalTime.ZONE).toInstant());
        deadlines.sweep();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(noticesAbout("vt.drenthe", id)).contains("TERMIJN_VERSTREKEN");
            assertThat(noticesAbout("jurist.assen", id)).contains("TERMIJN_VERSTREKEN");
        });
        // day 9 passes without the beleidsadvies: the municipality owns it and the mayor waits for it; the mayor,
        // who sees the municipality's notices, hears of it once, not twice
        clock.set(ZonedDateTime.of(2026, 3, 21, 10, 0, 0, 0, LegalTime.ZONE).toInstant());
        deadlines.sweep();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                noticesAbout("burgemeester.assen", id).stream().filter("TERMIJN_VERSTREKEN"::equals).count())
                .isEqualTo(subjectsAbout("burgemeester.assen", id).stream()
                        .filter(s -> s.startsWith("Termijn verstreken")).distinct().count()));
        assertThat(subjectsAbout("burgemeester.assen", id)).filteredOn(s -> s.contains("Beleidsadvies"))
                .hasSize(1);
    }

    List<String> subjectsAbout(String user, String dossierId) {
        List<String> subjects = new java.util.ArrayList<>();
        api.get(user, "/api/v1/inbox").json().forEach(n -> {
            if (n.path("dossierId").asString().equals(dossierId)) {
                subjects.add(n.path("subject").asString());
            }
        });
        return subjects;
    }

    @Test
    void screening_forms_are_data_and_a_final_screening_needs_every_required_topic() {
        clock.set(ZonedDateTime.of(2026, 3, 16, 10, 0, 0, 0, LegalTime.ZONE).toInstant());
        String id = imposeInAssen();
        String c = "/api/v1/dossiers/" + id;
        require(api.post("vt.drenthe", c + "/hulpverlening/aanvaarding", Map.of()), 201);
        assertThat(api.get("vt.drenthe", "/api/v1/formulieren").json().toString())
                .contains("screening-achterblijver", "screening-kind");
        UUID kind = person(id, "KIND");
        String path = c + "/screenings/" + kind + "/screening-kind";
        Api.Response wrongForm = api.put("vt.drenthe", c + "/screenings/" + kind + "/screening-achterblijver",
                Map.of("antwoorden", Map.of()));
        assertThat(wrongForm.body()).contains("care.screening.notForPerson");
        JsonNode draft = api.put("vt.drenthe", path, Map.of("antwoorden", Map.of("getuige", "ja"))).json();
        Api.Response incomplete = api.put("vt.drenthe", path, Map.of("version", draft.path("version").asInt(),
                "antwoorden", Map.of("getuige", "misschien", "onzin", "x"), "definitief", true));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().path("invalidParams").toString())
                .contains("antwoorden.getuige", "antwoorden.onzin", "antwoorden.conclusie");
        assertThat(api.get("vt.drenthe", c + "/screenings").json().get(0).path("antwoorden").path("getuige").asString())
                .isEqualTo("ja");
    }
}
