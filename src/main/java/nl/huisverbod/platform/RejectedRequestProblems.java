package nl.huisverbod.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An address the firewall refuses before anything else runs (an encoded slash or NUL, {@code //}, {@code ..}):
 * a 400 as problem+json on the API, a plain 400 for pages, and a line in the log at debug only (anyone can send
 * such addresses; they are no incident).
 */
@Component
class RejectedRequestProblems implements RequestRejectedHandler {

    private final JsonMapper json;
    private final Messages messages;

    RejectedRequestProblems(JsonMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Installs this handler in front of every filter chain. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Installation {

        @org.springframework.context.annotation.Bean
        org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer rejectedAsProblems(
                RejectedRequestProblems handler) {
            return web -> web.requestRejectedHandler(handler);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
            throws IOException {
        if (FilterProblems.isApi(request)) {
            FilterProblems.write(json, messages, request, response, HttpStatus.BAD_REQUEST, messages.get("error.rejectedAddress"),
                    List.of());
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
