package nl.huisverbod.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real headless Chromium (Debian's, no download) driven by Playwright. Every page a test visits through
 * {@link #scan} is checked with axe against WCAG 2.1 A and AA.
 */
public final class BrowserSession implements AutoCloseable {

    public static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final int PHONE_PAGE_BUDGET = 6_000;
    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private int shots;

    public BrowserSession(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A fresh browser (own cookies) logged in as the user; phone-sized when {@code phone}. */
    /** The button with exactly this accessible name: how a person finds it, and how the journeys click it. */
    public static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Opens the menu where it is folded away (on a phone); on a wide screen it is always open. */
    public static void openMenu(Page page) {
        com.microsoft.playwright.Locator menu = page.locator(".page-header__menu");
        if (menu.isVisible() && menu.getAttribute("open") == null) {
            page.locator(".page-header__menu-button").click();
        }
    }

    /** The link with exactly this accessible name. */
    public static com.microsoft.playwright.Locator link(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public Page loginAs(String username, boolean phone) {
        Page page = anonymous(phone);
        page.navigate(baseUrl + "/login");
        scan(page, "login");
        signIn(page, username);
        return page;
    }

    /**
     * A page in a browser of its own, on a phone (390 px) or a wide screen, not signed in. The device's clock is
     * on the other side of the world (UTC+14): every time a page shows must be the server's, in Dutch time.
     */
    public Page anonymous(boolean phone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(phone ? 390 : 1280, phone ? 844 : 900)
                .setLocale("nl-NL").setTimezoneId("Pacific/Kiritimati").setAcceptDownloads(true));
        return context.newPage();
    }

    /** Signs in on the login page the browser shows now (its cookies stay: the same browser, another sign-in). */
    public static void signIn(Page page, String username) {
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(Api.PASSWORD);
        button(page, "Inloggen").click();
        page.waitForLoadState();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Runs axe on the page and fails on any WCAG 2.1 A/AA violation; keeps a screenshot for review. */
    public void scan(Page page, String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(String.format("%02d-%s.png", ++shots, name)))
                    .setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        RawCodes.assertNoneOn(page, name);
        // no radio or checkbox squeezed by a label of two lines (issue 12: they shrank to 12 px on a phone)
        Object squeezed = page.evaluate("() => [...document.querySelectorAll('input[type=radio],input[type=checkbox]')]"
                + ".filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().width)"
                + ".filter(w => w < 18).length");
        assertThat(((Number) squeezed).intValue()).as("radios or checkboxes narrower than 18 px on %s", name).isZero();
        // the page-weight budget (issue 12): on a phone, a page taller than 6,000 px offers in-page navigation
        Number height = (Number) page.evaluate("() => window.innerWidth <= 480 && !document.querySelector("
                + "'nav.in-page a[href^=\"#\"]') ? document.documentElement.scrollHeight : 0");
        assertThat(height.intValue()).as("%s is %d px tall on a phone without in-page navigation", name,
                height.intValue()).isLessThanOrEqualTo(PHONE_PAGE_BUDGET);
        // no table cut inside its box on a phone (issue 12): people's tables stack as cards; only the figures' number
        // tables (table--compact) scroll sideways within their region, as a spreadsheet would
        Object cut = page.evaluate("() => window.innerWidth > 480 ? [] : [...document.querySelectorAll('.table-wrap')]"
                + ".filter(w => w.offsetParent !== null && w.scrollWidth > w.clientWidth + 1"
                + " && !w.querySelector('table.table--compact')).map(w => w.getAttribute('aria-label'))");
        assertThat((java.util.List<?>) cut).as("tables cut inside their boxes on the phone page %s", name).isEmpty();
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        String report = results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " @ " + v.getNodes().stream().map(n -> n.getTarget().toString())
                        .limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe WCAG 2.1 AA violations on %s:\n%s", name, report).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
