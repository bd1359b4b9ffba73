package nl.huisverbod.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** How the API reads JSON: every string through {@link ControlCharacters.Deserializer}. */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    @Bean
    JacksonModule textWithoutControlCharacters() {
        return new SimpleModule("text-without-control-characters")
                .addDeserializer(String.class, new ControlCharacters.Deserializer());
    }
}
