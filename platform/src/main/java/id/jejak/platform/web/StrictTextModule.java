package id.jejak.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.jejak.kernel.InvalidValueException;

import java.io.IOException;
import java.util.Map;

/**
 * Refuses a text field holding a control character (other than tab and line breaks) or broken Unicode (an unpaired
 * surrogate). Such a value is no name or reason anyone meant to record, and PostgreSQL cannot hold it in a
 * {@code jsonb} column: stored in an event, it would stop the query side's projections at that event for good.
 */
public class StrictTextModule extends SimpleModule {

    public StrictTextModule() {
        super("jejak-strict-text");
        addDeserializer(String.class, new StrictStringDeserializer());
    }

    private static final class StrictStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && !clean(text)) {
                throw new InvalidValueException("TEXT_INVALID_CHARACTER",
                        "a text may not hold control characters or broken Unicode", Map.of());
            }
            return text;
        }

        static boolean clean(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
