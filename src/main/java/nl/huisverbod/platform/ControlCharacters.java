package nl.huisverbod.platform;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Text may not hold control characters other than tab, line feed and carriage return: a NUL cannot be stored
 * in PostgreSQL and none of them belongs in a name or a note. JSON strings are checked as they are read, so the
 * API answers 400 naming the field; form fields are checked by {@link ControlCharacterFilter}.
 */
final class ControlCharacters {

    static final String CODE = "validation.controlCharacter";

    private ControlCharacters() {
    }

    static boolean contains(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Reads a JSON string as usual and refuses one with a control character. */
    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String s = super.deserialize(p, ctxt);
            if (s != null && contains(s)) {
                throw InvalidFormatException.from(p, CODE, s, String.class);
            }
            return s;
        }
    }
}
