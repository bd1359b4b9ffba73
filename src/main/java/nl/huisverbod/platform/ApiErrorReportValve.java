package nl.huisverbod.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat refuses itself, before the application sees the request (an encoded slash or NUL in the path, a
 * malformed address), answered on the API as problem+json like every other error, with no server details.
 * Pages keep Tomcat's plain page, without its version (the valve's default shows neither report nor server).
 */
public class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String uri = request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI();
        if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
                    + (status == 400 ? "Bad Request" : "Error") + "\",\"detail\":\""
                    + (status == 400 ? "This address or request is malformed (for instance an encoded slash or NUL in the path)."
                            : "The request could not be handled.") + "\"}");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            super.report(request, response, throwable);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                }
            });
        }
    }
}
