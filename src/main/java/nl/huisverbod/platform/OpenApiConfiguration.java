package nl.huisverbod.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description as the NL API Design Rules ask it (checked with their official linter): the major
 * version in the server's address, the paths below it, a contact with name, e-mail and address, the
 * {@code API-Version} header on every success, and a 400 problem+json wherever input can be invalid.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASE = "/api/v1";

    static {
        // a list read as a page takes the checked paging as a parameter; it is documented as page, pageSize, sorteer
        org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(ListRequest.class);
    }

    @Bean
    OpenAPI huisverbodOpenApi(@Value("${huisverbod.api.contact-email:beheer@huisverbod.example}") String email,
                              @Value("${huisverbod.base-url:http://localhost:8080}") String baseUrl) {
        return new OpenAPI()
                .info(new Info().title("Huisverbod ketensysteem API").version(ApiVersionFilter.VERSION)
                        .description("Gedeeld zaaksysteem voor de Wet tijdelijk huisverbod. Fouten als "
                                + "application/problem+json; een 400 noemt elk ongeldig veld in invalidParams.")
                        .contact(new Contact().name("Functioneel beheer ketensysteem").email(email).url(baseUrl)))
                .servers(List.of(new Server().url(BASE).description("Deze omgeving, versie 1")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    private final OperationDescriptions descriptions = new OperationDescriptions();

    /** Each operation under its module's tag. */
    @Bean
    org.springdoc.core.customizers.OperationCustomizer moduleTags() {
        return (operation, handler) -> {
            descriptions.tag(operation, handler);
            if (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class)) {
                ListPaging.elementType(handler).ifPresent(element -> pagingParameters(operation, element));
            }
            return operation;
        };
    }

    /** A list's paging and sorting parameters, with the fields it sorts on. */
    private static void pagingParameters(Operation op, Class<?> element) {
        op.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter().name("page")
                .description("Het paginanummer, vanaf 1.").schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
        op.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter().name("pageSize")
                .description("Het aantal per pagina (standaard " + ListPaging.DEFAULT_PAGE_SIZE + ").")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(ListPaging.MAX_PAGE_SIZE))));
        List<String> fields = ListPaging.sortable(element).stream().map(java.lang.reflect.RecordComponent::getName).toList();
        if (!fields.isEmpty()) {
            op.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter().name("sorteer")
                    .description("Velden om op te sorteren, gescheiden door komma's; een minteken ervoor sorteert aflopend. "
                            + "Mogelijk: " + String.join(", ", fields) + ".")
                    .schema(new StringSchema()));
        }
        var ok = op.getResponses() == null ? null : op.getResponses().get("200");
        if (ok != null) {
            ok.addHeaderObject("X-Total-Count", new Header().description("Het aantal in de hele lijst.")
                    .schema(new IntegerSchema()));
            ok.addHeaderObject("Link", new Header().description("Links naar de eerste, vorige, volgende en laatste pagina (RFC 8288).")
                    .schema(new StringSchema()));
        }
    }

    @Bean
    OpenApiCustomizer designRules() {
        return openApi -> {
            openApi.setTags(descriptions.tags());
            openApi.getComponents().addSchemas("Problem", problem());
            openApi.getComponents().addHeaders("API-Version", new Header()
                    .description("De volledige versie van de API (NL API Design Rules).")
                    .schema(new StringSchema().example(ApiVersionFilter.VERSION)));
            Paths relative = new Paths();
            openApi.getPaths().forEach((path, item) -> {
                String below = path.startsWith(BASE) ? path.substring(BASE.length()) : path;
                item.readOperationsMap().forEach((method, op) -> {
                    document(method, op);
                    descriptions.summarise(method, below, op);
                });
                relative.addPathItem(below, item);
            });
            openApi.setPaths(relative);
        };
    }

    private static void document(PathItem.HttpMethod method, Operation op) {
        op.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("3")) {
                response.addHeaderObject("API-Version", new Header().$ref("#/components/headers/API-Version"));
            }
        });
        boolean input = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (input && !op.getResponses().containsKey("400")) {
            op.getResponses().addApiResponse("400", new ApiResponse()
                    .description("Ongeldige invoer: invalidParams noemt elk ongeldig veld.")
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problem() {
        ObjectSchema invalid = new ObjectSchema();
        invalid.setProperties(Map.of("name", new StringSchema(), "code", new StringSchema(), "reason", new StringSchema()));
        ObjectSchema p = new ObjectSchema();
        p.description("RFC 9457 problem details");
        p.setProperties(new java.util.LinkedHashMap<>(Map.of("type", new StringSchema(), "title", new StringSchema(),
                "status", new IntegerSchema(), "detail", new StringSchema(), "instance", new StringSchema(),
                "invalidParams", new ArraySchema().items(invalid))));
        return p;
    }
}
