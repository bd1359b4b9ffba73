package nl.huisverbod.browser;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.huisverbod.support.Api;
import nl.huisverbod.support.BrowserSession;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboards in a real browser, on the Drenthe example: each audience lands on its own dashboard, every
 * chart has its table beside it, small cells show as x outside the own municipality, downloads work, and the
 * pages pass the accessibility scan.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresDashboardTest {

    static final String PERIODE = "van=2009-04-01&tot=2009-10-01";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    BrowserSession browser;

    @BeforeAll
    void drenthe() throws Exception {
        browser = new BrowserSession(port);
        Api api = new Api(port);
        for (String code : List.of("GM0106", "GM0109", "GM0114", "GM0118", "GM0119", "GM1680", "GM1681", "GM1690",
                "GM1699", "GM1701", "GM1730", "GM1731")) {
            require(api.put("beheerder", "/api/v1/cijfer-toestemmingen/" + code, Map.of("toestemming", true)), 200);
        }
        String jsonl;
        try (var in = getClass().getResourceAsStream("/figures/drenthe-2009.jsonl")) {
            jsonl = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var r = api.postText("beheerder", "/api/v1/zaak-imports?bron=coordinator-drenthe-2009", "application/x-ndjson", jsonl);
        require(r, 202);
        for (int i = 0; i < 600 && api.get("beheerder", r.header("Location")).json().path("klaarOp").isNull(); i++) {
            Thread.sleep(50);
        }
        assertThat(api.get("beheerder", r.header("Location")).json().path("klaarOp").isNull())
                .as(this::whyNotDone).isFalse();
    }

    /**
     * The evidence for why an import did not end, in the failure message itself (CI keeps little else): the
     * import threads' stacks and every database session that is not idle, with what it waits for and on whom.
     */
    private String whyNotDone() {
        StringBuilder b = new StringBuilder("import not done; import threads:\n");
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().startsWith("zaak-import-")) {
                b.append(t.getName()).append(' ').append(t.getState()).append("\n  ")
                        .append(String.join("\n  ", java.util.Arrays.stream(stack).limit(30).map(String::valueOf).toList()))
                        .append('\n');
            }
        });
        b.append("database sessions:\n");
        jdbc.sql("""
                select pid, state, wait_event_type, wait_event, pg_blocking_pids(pid)::text as blocked_by,
                  round(extract(epoch from now() - xact_start)) as xact_s, left(query, 160) as query
                from pg_stat_activity where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()""")
                .query((rs, i) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + "/" + rs.getString(4)
                        + " blocked by " + rs.getString(5) + ", transaction " + rs.getString(6) + " s: " + rs.getString(7))
                .list().forEach(s -> b.append("  ").append(s.replaceAll("\\s+", " ")).append('\n'));
        return b.toString();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void the_mayor_sees_the_own_municipality_in_full_with_a_table_beside_every_chart() {
        Page page = browser.loginAs("burgemeester.emmen", false);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cijfers").setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/cijfers/gemeente");
        page.navigate(browser.url("/cijfers/gemeente?" + PERIODE + "&periode=MAAND&gemeente=GM0114"));
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cijfers van de gemeente"))
                .isVisible()).isTrue();
        // every chart is described by the table beside it; a panel without data says so instead
        var charts = page.locator("section.paneel svg[role=img]");
        assertThat(charts.count()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < charts.count(); i++) {
            String table = charts.nth(i).getAttribute("aria-describedby");
            assertThat(page.locator("table#" + table).count()).isEqualTo(1);
        }
        assertThat(page.locator("section.paneel table").count() + page.getByText("Geen gegevens in deze periode.").count())
                .isEqualTo(page.locator("section.paneel").count());
        String trend = page.locator("#trend-tabel").innerText();
        assertThat(trend).contains("2009-08").doesNotContain("x\n");
        assertThat(page.locator("#trend-tabel tbody tr").count()).isEqualTo(6);
        assertThat(page.locator("#trend-tabel tbody tr").nth(4).innerText()).contains("4");
        browser.scan(page, "cijfers-gemeente");

        Download csv = page.waitForDownload(() -> page.locator("#trend").getByText("Download CSV").click());
        assertThat(csv.suggestedFilename()).endsWith(".csv");
        page.navigate(browser.url("/cijfers/gemeente?" + PERIODE + "&periode=MAAND&gemeente=GM0118"));
        // Hoogeveen is not Emmen: its small numbers are suppressed
        assertThat(page.locator("#trend-tabel abbr").first().innerText()).isEqualTo("x");

        // on a phone the narrow drawing of each chart shows, its smallest letters at least 11 px on the screen
        Page phone = browser.loginAs("burgemeester.emmen", true);
        phone.navigate(browser.url("/cijfers/gemeente?" + PERIODE + "&periode=MAAND&gemeente=GM0114"));
        assertThat(phone.locator("#trend svg.grafiek--smal").isVisible()).isTrue();
        assertThat(phone.locator("#trend svg.grafiek--breed").isVisible()).isFalse();
        Number smallest = (Number) phone.evaluate("() => Math.min(...[...document.querySelectorAll('svg.grafiek--smal')]"
                + ".filter(s => s.getBoundingClientRect().width > 0).flatMap(s => [...s.querySelectorAll('text')]"
                + ".map(t => t.getAttribute('font-size') * s.getBoundingClientRect().width / s.viewBox.baseVal.width)))");
        assertThat(smallest.doubleValue()).isGreaterThanOrEqualTo(11);
        browser.scan(phone, "cijfers-gemeente-telefoon");
    }

    @Test
    void the_region_the_nation_the_sources_and_the_data_quality() throws Exception {
        Page page = browser.loginAs("vt.drenthe", false);
        page.navigate(browser.url("/cijfers"));
        assertThat(page.url()).contains("/cijfers/regio");
        // the VT coordinator's own region is chosen; another region is picked from the list
        assertThat(page.locator("#regioKeuze").inputValue()).isEqualTo("VT_REGIO|Drenthe");
        page.locator("#regioKeuze").selectOption("POLITIE_EENHEID|Amsterdam");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon")).click();
        page.waitForLoadState();
        assertThat(page.locator("#regioKeuze").inputValue()).isEqualTo("POLITIE_EENHEID|Amsterdam");
        page.navigate(browser.url("/cijfers/regio?van=2009-13-01&periode=WEEK"));
        assertThat(page.locator("#error-summary").innerText()).contains("Een datum zoals 2009-06-30", "Kies uit");
        page.navigate(browser.url("/cijfers/regio?" + PERIODE + "&periode=MAAND&regioKeuze=VT_REGIO%7CDrenthe"));
        assertThat(page.locator("#gemeenten-tabel").innerText()).contains("Emmen");
        browser.scan(page, "cijfers-regio");
        page.navigate(browser.url("/cijfers/land?" + PERIODE + "&periode=JAAR"));
        assertThat(page.locator("#trend-tabel").innerText()).contains("Nederland");
        browser.scan(page, "cijfers-land");
        page.navigate(browser.url("/cijfers/bronnen?" + PERIODE));
        assertThat(page.locator("main").innerText()).contains("Bronnen naast elkaar", "Registratie");
        browser.scan(page, "cijfers-bronnen");
        // one municipality found by name among the Drenthe ones, the rest filtered out
        page.getByLabel("Gemeente (naam of code)").fill("emmen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filteren")).click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).isEqualTo("1 gemeente, pagina 1 van 1");
        assertThat(page.locator("table tbody").count()).isEqualTo(1);
        assertThat(page.locator("table tbody").innerText()).contains("Emmen");
        browser.scan(page, "cijfers-bronnen-gefilterd");
        page.navigate(browser.url("/cijfers/kwaliteit?" + PERIODE));
        assertThat(page.locator("main").innerText()).contains("coordinator-drenthe-2009");
        browser.scan(page, "cijfers-kwaliteit");
        page.navigate(browser.url("/cijfers/kwaliteit?van=2010-01-01&tot=2009-01-01"));
        assertThat(page.locator("#error-summary").innerText()).contains("Moet na het begin liggen");
    }

    @Test
    void the_administrator_imports_a_file_sees_its_rejected_line_and_sets_the_threshold_and_a_mayor_her_consent()
            throws Exception {
        Page page = browser.loginAs("beheerder", false);
        page.navigate(browser.url("/beheer/cijfers"));
        browser.scan(page, "cijferbeheer");
        Path file = Files.createTempFile("zaken", ".jsonl");
        Files.writeString(file, "{\"zaakId\":\"UI-1\",\"gemeenteCode\":\"GM0106\",\"rihg\":{\"afgerondOp\":\"2010-02-01\"}}\n"
                + "{\"zaakId\":\"UI-2\",\"gemeenteCode\":\"GM0106\"}\n");
        page.getByLabel("Bron", new Page.GetByLabelOptions().setExact(true)).fill("ui-test");
        page.getByLabel("Bestand").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlezen")).click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Het inlezen is gestart");
        // the import runs in the background; the page follows it by itself (no click), for up to 30 s
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until && !page.locator("#imports tbody tr").first().innerText().contains("klaar")) {
            Thread.sleep(200);
        }
        String row = page.locator("#imports tbody tr").first().innerText();
        assertThat(row).as(() -> whyNotDone()).contains("ui-test", "klaar");
        // without the script the link reloads the page, every time (a link to the page's own #imports did not)
        page.getByText("Ververs de voortgang").click();
        page.waitForLoadState();
        assertThat(page.url()).contains("stand=").endsWith("#imports");
        page.locator("#imports tbody tr").first().getByText("Afgewezen regels").click();
        assertThat(page.locator("#imports tbody tr").first().innerText()).contains("Regel 2:", "Een zaak heeft een RiHG");

        page.getByLabel("Drempel").fill("nul");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        page.waitForLoadState();
        assertThat(page.locator("#error-summary").innerText()).contains("Een drempel van 1 tot en met 100");
        page.getByLabel("Drempel").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Opgeslagen");

        Page mayor = browser.loginAs("burgemeester.hoogeveen", false);
        mayor.navigate(browser.url("/cijfers/gemeente"));
        mayor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trek toestemming in")).click();
        mayor.waitForLoadState();
        assertThat(mayor.locator("main").innerText()).contains("Uw gemeente telt niet mee");
        mayor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Geef toestemming")).click();
        mayor.waitForLoadState();
        assertThat(mayor.locator("main").innerText()).contains("Uw gemeente telt mee");
        browser.scan(mayor, "cijfers-toestemming");
    }

    @Test
    void while_an_import_runs_its_row_follows_it_without_a_click_and_the_page_says_when_every_import_is_done()
            throws Exception {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("insert into stat_import (id, bron, gestart_op) values (?, 'voortgang-test', now())").param(id).update();
        Page page = browser.loginAs("beheerder", true);
        page.navigate(browser.url("/beheer/cijfers"));
        var row = page.locator("#imports tbody tr", new Page.LocatorOptions().setHasText("voortgang-test"));
        assertThat(row.getAttribute("data-running")).isEqualTo("true");
        page.evaluate("() => window.notReloaded = true");
        jdbc.sql("update stat_import set regels = 1000, verwerkt = 1000, opgeslagen = 998, afgewezen_aantal = 2 where id = ?")
                .param(id).update();
        page.waitForCondition(() -> row.innerText().contains("998"), new Page.WaitForConditionOptions().setTimeout(15_000));
        jdbc.sql("update stat_import set klaar_op = now() where id = ?").param(id).update();
        page.waitForCondition(() -> row.innerText().contains("klaar"), new Page.WaitForConditionOptions().setTimeout(15_000));
        // test classes run one after another, so no other import runs now: the page says that all are done
        page.waitForCondition(() -> page.locator("#imports-live").innerText().equals("Alle imports zijn klaar."),
                new Page.WaitForConditionOptions().setTimeout(15_000));
        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        browser.scan(page, "cijferbeheer-voortgang-telefoon");
    }

    @Test
    void the_researcher_compares_with_the_control_group_and_downloads_the_extract() throws Exception {
        Page page = browser.loginAs("onderzoeker", false);
        page.navigate(browser.url("/cijfers"));
        assertThat(page.url()).contains("/cijfers/onderzoek");
        page.navigate(browser.url("/cijfers/onderzoek?" + PERIODE));
        assertThat(page.locator("#evaluatie-kop").isVisible()).isTrue();
        browser.scan(page, "cijfers-onderzoek");
        Download zip = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download extract (ZIP)")).click());
        assertThat(Files.size(zip.path())).isPositive();
    }
}
