package nl.huisverbod.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Every list of the API pages and sorts ({@link ListPaging}): the parameters are checked before the handler
 * runs (a bad {@code page} is a 400 listing it, and nothing is read or audited), the page is cut when the answer
 * is written, unless the handler read it as a page where the list is kept: it takes a {@link ListRequest} and
 * answers with {@link ListRequest#answer}, which carries the whole list's total.
 */
@Configuration(proxyBeanMethods = false)
class ListPagingConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod h && "GET".equals(request.getMethod())
                        && h.getBeanType().isAnnotationPresent(RestController.class)) {
                    ListPaging.elementType(h).ifPresent(element -> request.setAttribute(ListPaging.ATTRIBUTE,
                            ListPaging.of(request.getParameter("page"), request.getParameter("pageSize"),
                                    request.getParameter("sorteer"), element)));
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ListRequest.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                return request.getAttribute(ListPaging.ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST) instanceof ListPaging paging
                        ? paging.request() : ListRequest.first(ListPaging.DEFAULT_PAGE_SIZE);
            }
        });
    }

    @RestControllerAdvice(annotations = RestController.class)
    static class Pages implements ResponseBodyAdvice<Object> {

        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                      ServerHttpResponse response) {
            if (!(body instanceof List<?> all) || !(request instanceof ServletServerHttpRequest servlet)
                    || !(servlet.getServletRequest().getAttribute(ListPaging.ATTRIBUTE) instanceof ListPaging paging)) {
                return body;
            }
            long total = all instanceof ListPage<?> page ? page.total() : all.size();
            int last = paging.lastPage(total);
            var headers = response.getHeaders();
            headers.set("X-Total-Count", Long.toString(total));
            headers.set("X-Pagination-Page", Integer.toString(paging.page()));
            headers.set("X-Pagination-Limit", Integer.toString(paging.pageSize()));
            List<String> links = new ArrayList<>();
            links.add(link(servlet, 1, "first"));
            if (paging.page() > 1) {
                links.add(link(servlet, Math.min(paging.page() - 1, last), "prev"));
            }
            if (paging.page() < last) {
                links.add(link(servlet, paging.page() + 1, "next"));
            }
            links.add(link(servlet, last, "last"));
            headers.set("Link", String.join(", ", links));
            return all instanceof ListPage<?> page ? page.items() : paging.apply(all);
        }

        private static String link(ServletServerHttpRequest request, int page, String rel) {
            String uri = ServletUriComponentsBuilder.fromRequest(request.getServletRequest())
                    .replaceQueryParam("page", page).build().toUriString();
            return "<" + uri + ">; rel=\"" + rel + "\"";
        }
    }
}
