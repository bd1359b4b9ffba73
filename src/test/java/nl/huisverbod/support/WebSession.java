package nl.huisverbod.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session: logs in through the login form (with its CSRF token) and keeps the cookie. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    public WebSession(int port, String username) {
        this.base = "http://127.0.0.1:" + port;
        String token = csrf(get("/login").body());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + Api.PASSWORD + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed for " + username);
        }
    }

    /** The session after the password only; where the account asks a second factor, that page comes next. */
    public static WebSession afterPassword(int port, String username) {
        return new WebSession(port, username);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form as the browser would, with the CSRF token of the current session. */
    public HttpResponse<String> post(String path, String urlEncodedForm) {
        return post("/", path, urlEncodedForm);
    }

    /** Posts a form with the CSRF token of the page the form is on. */
    public HttpResponse<String> post(String formPage, String path, String urlEncodedForm) {
        String token = csrf(get(formPage).body());
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedForm + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    }

    /** Submits the form of a page already fetched, with that page's CSRF token (fetching it again would change it). */
    public HttpResponse<String> submit(String pageHtml, String path, String urlEncodedForm) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedForm + "&_csrf="
                        + URLEncoder.encode(csrf(pageHtml), StandardCharsets.UTF_8))));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
