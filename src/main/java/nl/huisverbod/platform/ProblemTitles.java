package nl.huisverbod.platform;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A problem's title in the language of its detail (issue 12: "Bad Request" beside "De invoer is ongeldig."):
 * every problem+json the application answers gets the title of its status from the message files, whoever
 * made it (this application's handlers or Spring's own).
 */
@RestControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final Messages messages;

    ProblemTitles(Messages messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && messages.has(key(problem.getStatus()))) {
            problem.setTitle(messages.get(key(problem.getStatus())));
        }
        return body;
    }

    static String key(int status) {
        return "problem.title." + status;
    }
}
