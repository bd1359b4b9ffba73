package nl.huisverbod.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import nl.huisverbod.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The long lists (the audit trail, the cases a user may see in the API and in the work list, the inbox, a
 * delivery log) are read as pages in the database: every item is reachable page by page (they once stopped at
 * the newest 100 to 1,000), pages
 * neither overlap nor skip, and every field they sort on sorts as the lists read whole do.
 */
@IntegrationTest
class DatabasePagedListsTest extends ApiTestSupport {

    private static final String POLICE_SYSTEM = "systeem.politie-noord-nederland";

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_whole_audit_trail_is_reachable_page_by_page_its_oldest_entry_on_the_last() {
        String id = cases.register("hovj", "GM0106");
        for (int i = 0; i < 210; i++) {
            api.get("hovj", "/api/v1/dossiers/" + id);
        }
        long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThat(total).as("more entries than the list once returned").isGreaterThan(200);
        Api.Response first = api.get("beheerder", "/api/v1/audit-regels?pageSize=100");
        long listed = Long.parseLong(first.header("X-Total-Count"));
        assertThat(listed).isGreaterThanOrEqualTo(total);
        long pages = (listed + 99) / 100;
        assertThat(first.header("Link")).contains("page=" + pages + ">; rel=\"last\"");
        JsonNode last = api.get("beheerder", "/api/v1/audit-regels?pageSize=100&page=" + pages).json();
        assertThat(last.valueStream().map(e -> e.path("seq").asLong())).contains(1L);
    }

    @Test
    void the_audit_entries_of_a_case_page_and_sort_on_every_field() {
        String id = cases.readyForDecision("hovj", "GM0106");
        api.get("hovj", "/api/v1/dossiers/" + id);
        String list = "/api/v1/audit-regels?dossierId=" + id;
        List<JsonNode> all = pages("beheerder", list, 4);
        assertThat(all).as("more than one page").hasSizeGreaterThan(4);
        assertThat(all.stream().map(e -> e.path("seq").asLong()).toList()).as("newest first")
                .isSortedAccordingTo(Comparator.reverseOrder());
        sortsOnEveryField("beheerder", list, all, List.of("seq", "occurredAt", "username", "organisationName", "role",
                "action", "objectType", "purpose", "legalBasis", "details", "traceId", "spanId", "parentSpanId",
                "processingActivity"));
    }

    @Test
    void the_cases_a_user_may_see_page_and_sort_on_every_field() {
        for (String gemeente : List.of("GM0106", "GM0114", "GM0118", "GM0106", "GM0109")) {
            cases.register("hovj", gemeente);
        }
        List<JsonNode> all = pages("hovj", "/api/v1/dossiers", 3);
        assertThat(all).hasSizeGreaterThan(3);
        assertThat(all.stream().map(d -> Instant.parse(d.path("registeredAt").asString())).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        sortsOnEveryField("hovj", "/api/v1/dossiers", all,
                List.of("nummer", "status", "adres", "gemeenteCode", "registeredAt", "uithuisgeplaatste"));
    }

    @Test
    void the_work_list_finds_a_case_behind_five_hundred_newer_ones_and_its_search_sees_no_more_than_the_list() {
        String old = cases.register("hovj", "GM0106");
        JsonNode theCase = api.get("hovj", "/api/v1/dossiers/" + old).json();
        String nummer = theCase.path("nummer").asString();
        String street = "Achterste Hoef " + UUID.randomUUID().toString().substring(0, 6);
        try {
            int cloned = jdbc.sql("""
                    insert into dossier select (jsonb_populate_record(null::dossier, to_jsonb(d) || jsonb_build_object(
                        'id', gen_random_uuid(), 'nummer', 'KLOON-' || g || '-' || substr(md5(random()::text), 1, 6),
                        'registered_at', d.registered_at + make_interval(mins => g)))).*
                    from dossier d, generate_series(1, 520) g where d.id = ?""").param(UUID.fromString(old)).update();
            assertThat(cloned).isEqualTo(520);
            jdbc.sql("update dossier set straat = ? where id = ?").params(street, UUID.fromString(old)).update();
            String link = "href=\"/dossiers/" + old + "\"";
            var hovj = new WebSession(port, "hovj");
            assertThat(hovj.get("/").body()).as("the newest first").doesNotContain(link).contains("KLOON-");
            assertThat(hovj.get("/?zoek=" + nummer.toLowerCase(Locale.ROOT)).body())
                    .as("found by its number, whatever the case of the letters").contains(link)
                    .doesNotContain(">KLOON-");
            assertThat(hovj.get("/?zoek=" + street.toUpperCase(Locale.ROOT).replace(' ', '+')).body())
                    .as("found by its street").contains(link);
            assertThat(hovj.get("/?zoek=%25").body()).as("a wildcard is a character like any other")
                    .contains("Geen dossiers gevonden");
            assertThat(new WebSession(port, "hovj.amsterdam").get("/?zoek=" + nummer).body())
                    .as("another unit's case is not found").doesNotContain(link).contains("Geen dossiers gevonden");
        } finally {
            jdbc.sql("delete from dossier where nummer like 'KLOON-%'").update();
        }
    }

    @Test
    void the_inbox_pages_and_sorts_on_every_field() {
        var user = jdbc.sql("select id, organisation_id from app_user where username = 'vt.drenthe'")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        String marker = "sorted-" + UUID.randomUUID();
        List<String> kinds = List.of("OVERTREDING", "TERMIJN_DREIGT", "HUISVERBOD_VERLENGD");
        try {
            for (int i = 0; i < 7; i++) {
                jdbc.sql("""
                        insert into notification (id, recipient_organisation_id, recipient_user_id, kind, subject, body,
                            link, created_at, read_at) values (?, ?, ?, ?, ?, 'Tekst', ?, now() - make_interval(mins => ?),
                            case when ? then now() else null end)""")
                        .params(UUID.randomUUID(), user[1], i % 2 == 0 ? user[0] : null, kinds.get(i % 3), marker + " " + i,
                                i % 3 == 0 ? null : "/inbox?x=" + (7 - i), (i * 5) % 7, i % 2 == 1).update();
            }
            List<JsonNode> all = pages("vt.drenthe", "/api/v1/inbox", 2);
            assertThat(all).hasSizeGreaterThanOrEqualTo(7);
            sortsOnEveryField("vt.drenthe", "/api/v1/inbox", all,
                    List.of("kind", "link", "createdAt", "readAt", "emailStatus"));
        } finally {
            jdbc.sql("delete from notification where subject like ?").param(marker + "%").update();
        }
    }

    @Test
    void a_delivery_log_pages_and_sorts_on_every_field() {
        Api police = api.asSystem(POLICE_SYSTEM);
        String subscription = require(police.post(null, "/api/v1/abonnementen", Map.of("callbackUrl",
                "http://127.0.0.1:9/log", "formaat", "CLOUDEVENTS", "soorten", List.of("huisverbod-ingetrokken"))))
                .json().path("abonnement").path("id").asString();
        try {
            long event = jdbc.sql("""
                    insert into partner_event (id, kind, dossier_id, resource_path, occurred_at, trace_id)
                    values (?, 'huisverbod-ingetrokken', ?, '/api/v1/dossiers/x', now(), ?) returning seq""")
                    .params(UUID.randomUUID(), UUID.randomUUID(), "0".repeat(32)).query(Long.class).single();
            for (int i = 0; i < 23; i++) {
                Integer status = i % 4 == 0 ? null : i % 3 == 0 ? 503 : 204;
                jdbc.sql("""
                        insert into delivery_attempt (subscription_id, event_seq, attempted_at, status_code, error, duration_ms)
                        values (?, ?, now() - make_interval(secs => ?), ?, ?, ?)""")
                        .params(UUID.fromString(subscription), event, i * 7 % 23, status,
                                status == null ? "connection refused " + (i % 5) : null, (i * 37) % 101).update();
            }
            String list = "/api/v1/abonnementen/" + subscription + "/afleveringen";
            List<JsonNode> all = pages(police, list, 5);
            assertThat(all).hasSize(23);
            sortsOnEveryField(police, list, all, List.of("soort", "poging", "httpStatus", "fout", "duurMs", "afgeleverd"));
        } finally {
            police.delete(null, "/api/v1/abonnementen/" + subscription);
        }
    }

    // -- reading every page, and checking an order --

    private List<JsonNode> pages(String user, String list, int size) {
        return pages(api, user, list, size, "");
    }

    private List<JsonNode> pages(Api caller, String list, int size) {
        return pages(caller, null, list, size, "");
    }

    /** Every page of a list in turn, checked against its headers: no item twice, none left out. */
    private static List<JsonNode> pages(Api caller, String user, String list, int size, String sort) {
        String sep = list.contains("?") ? "&" : "?";
        List<JsonNode> items = new ArrayList<>();
        long total = -1;
        for (int page = 1; total < 0 || (long) (page - 1) * size < total; page++) {
            Api.Response r = caller.get(user, list + sep + "pageSize=" + size + "&page=" + page + sort);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            total = Long.parseLong(r.header("X-Total-Count"));
            r.json().valueStream().forEach(items::add);
        }
        assertThat(items).as("as many as the total").hasSize((int) total);
        Api.Response whole = caller.get(user, list + sep + "pageSize=1000" + sort);
        assertThat(whole.json().valueStream().toList()).as("the pages make the list").isEqualTo(items);
        return items;
    }

    private void sortsOnEveryField(String user, String list, List<JsonNode> all, List<String> fields) {
        sortsOnEveryField(api, user, list, all, fields);
    }

    private void sortsOnEveryField(Api caller, String list, List<JsonNode> all, List<String> fields) {
        sortsOnEveryField(caller, null, list, all, fields);
    }

    private static void sortsOnEveryField(Api caller, String user, String list, List<JsonNode> all, List<String> fields) {
        for (String field : fields) {
            for (boolean descending : new boolean[] {false, true}) {
                List<JsonNode> sorted = pages(caller, user, list, 3, "&sorteer=" + (descending ? "-" : "") + field);
                assertThat(sorted).as(field + (descending ? " descending" : "") + ": the same items")
                        .containsExactlyInAnyOrderElementsOf(all);
                Comparator<JsonNode> order = descending ? byValue.reversed() : byValue;
                assertThat(sorted.stream().map(n -> n.path(field)).toList()).as(field + (descending ? " descending" : ""))
                        .isSortedAccordingTo(missingLast(order));
            }
        }
    }

    /** Values as the lists read whole compare them: moments in time, numbers, yes before no, text by its characters. */
    private static final Comparator<JsonNode> byValue = (a, b) -> {
        if (a.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        if (a.isBoolean()) {
            return Boolean.compare(a.asBoolean(), b.asBoolean());
        }
        String x = a.asString();
        String y = b.asString();
        try {
            return Instant.parse(x).compareTo(Instant.parse(y));
        } catch (java.time.format.DateTimeParseException notAMoment) {
            return x.compareTo(y);
        }
    };

    private static Comparator<JsonNode> missingLast(Comparator<JsonNode> order) {
        return (a, b) -> {
            boolean noA = a.isNull() || a.isMissingNode();
            boolean noB = b.isNull() || b.isMissingNode();
            return noA || noB ? Boolean.compare(noA, noB) : order.compare(a, b);
        };
    }

    private static Api.Response require(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r;
    }
}
