package nl.huisverbod.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.huisverbod.shared.TraceContext;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request runs in a W3C trace: the caller's when it sends a valid {@code traceparent}, else a new one.
 * The audit entries the request writes carry its trace and span ids, the log lines its trace id, and the
 * answer names this span in {@code traceresponse} (Trace Context Level 2), so a partner can find its call in
 * this system's Logboek.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TraceContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceContext trace = TraceContext.continueFrom(request.getHeader("traceparent"));
        response.setHeader("traceresponse", trace.header());
        MDC.put("traceId", trace.traceId());
        try (var scope = trace.activate()) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("traceId");
        }
    }
}
