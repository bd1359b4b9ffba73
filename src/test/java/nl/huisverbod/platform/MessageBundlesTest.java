package nl.huisverbod.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The UI is Dutch with an English translation: every text exists in both languages. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        var p = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void every_dutch_text_has_an_english_translation_and_the_other_way_round() throws IOException {
        Properties nl = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(nl.stringPropertyNames());
        nl.stringPropertyNames().forEach(k -> assertThat(nl.getProperty(k)).as(k).isNotBlank());
    }
}
