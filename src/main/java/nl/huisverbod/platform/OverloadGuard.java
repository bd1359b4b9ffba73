package nl.huisverbod.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Degrade, never collapse: at most {@code max-concurrent} requests are worked on at once; one that cannot start
 * within {@code queue-wait} is answered at once with 503 and {@code Retry-After} (problem+json for the API, a
 * short page for people) instead of waiting for a database connection that will not come. Nothing was done
 * for such a request, so it is safe to repeat. Static files and the health check are never held back. When the
 * peak passes, requests start again by themselves.
 * <p>Requests that check a password or a client secret (the login form, the token endpoint, an API call with
 * Basic) go through a lane of their own, {@code max-concurrent-logins} at once: a hash takes tens of
 * milliseconds of a core, so a storm of logins would otherwise hold the permits and the cores that the people
 * already in need. A login may wait longer ({@code login-queue-wait}): logins come in bursts at the start of a
 * shift, and a person would rather wait two seconds once than be sent away. By default one login at a time per
 * core ({@code 0}): hashing is all CPU, so more at once only takes the cores from the pages without checking
 * passwords any faster. Sized in docs/benchmarks.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OverloadGuard extends OncePerRequestFilter {

    /** The page's look, as the layout links it (ADR 0030): static files are never held back. */
    private static final String STYLESHEETS = "<link rel=\"stylesheet\" href=\"/css/components.css\">"
            + "<link rel=\"stylesheet\" href=\"/css/tokens.css\"><link rel=\"stylesheet\" href=\"/css/app.css\">";

    private final Semaphore permits;
    private final Semaphore loginPermits;
    private final long queueWaitMillis;
    private final long loginQueueWaitMillis;
    private final int retryAfterSeconds;
    private final Messages messages;
    private final tools.jackson.databind.json.JsonMapper json;

    OverloadGuard(Messages messages, tools.jackson.databind.json.JsonMapper json,
                  @Value("${huisverbod.overload.max-concurrent:24}") int maxConcurrent,
                  @Value("${huisverbod.overload.max-concurrent-logins:0}") int maxConcurrentLogins,
                  @Value("${huisverbod.overload.queue-wait:PT1S}") java.time.Duration queueWait,
                  @Value("${huisverbod.overload.login-queue-wait:PT2S}") java.time.Duration loginQueueWait,
                  @Value("${huisverbod.overload.retry-after:PT5S}") java.time.Duration retryAfter) {
        this.messages = messages;
        this.json = json;
        this.permits = new Semaphore(maxConcurrent, true);
        this.loginPermits = new Semaphore(maxConcurrentLogins > 0 ? maxConcurrentLogins
                : Runtime.getRuntime().availableProcessors(), true);
        this.queueWaitMillis = queueWait.toMillis();
        this.loginQueueWaitMillis = loginQueueWait.toMillis();
        this.retryAfterSeconds = (int) retryAfter.toSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.equals("/favicon.ico") || path.startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean login = checksSecret(request);
        Semaphore lane = login ? loginPermits : permits;
        boolean admitted;
        try {
            admitted = lane.tryAcquire(login ? loginQueueWaitMillis : queueWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            tooBusy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            lane.release();
        }
    }

    /**
     * Whether the request checks a password or a client secret: a login, a token, an API call with Basic. A token
     * request with a signed client assertion ({@code private_key_jwt}) and no secret checks a signature, which
     * costs less than a millisecond: it goes through the lane of the pages.
     */
    static boolean checksSecret(HttpServletRequest request) {
        String path = request.getRequestURI();
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if ("POST".equals(request.getMethod()) && path.equals("/oauth2/token")) {
            return basic || request.getParameter("client_assertion") == null;
        }
        return basic || "POST".equals(request.getMethod()) && path.equals("/login");
    }

    private void tooBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = FilterProblems.locale(request);
        String detail = messages.get(locale, "error.overloaded", retryAfterSeconds);
        response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        if (FilterProblems.isApi(request)) {
            FilterProblems.write(json, messages, request, response, org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                    detail, java.util.List.of());
        } else {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            String title = HtmlUtils.htmlEscape(messages.get(locale, "error.overloaded.title"));
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                    + "</title>" + STYLESHEETS + "</head><body class=\"utrecht-document\"><main id=\"main\" class=\"page\"><h1>"
                    + title + "</h1><p class=\"utrecht-alert utrecht-alert--error\" role=\"alert\">" + HtmlUtils.htmlEscape(detail)
                    + "</p></main></body></html>");
        }
    }
}
