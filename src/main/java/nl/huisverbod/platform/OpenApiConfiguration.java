package nl.huisverbod.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description (NL API Design Rules: OpenAPI 3 with title, version and contact). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI huisverbodOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Huisverbod ketensysteem API").version(ApiVersionFilter.VERSION)
                        .description("Gedeeld zaaksysteem voor de Wet tijdelijk huisverbod. Fouten als "
                                + "application/problem+json; een 400 noemt elk ongeldig veld in invalidParams.")
                        .contact(new Contact().name("Functioneel beheer ketensysteem")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
