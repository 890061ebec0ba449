package id.jejak.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.jejak.kernel.InvalidValueException;

import java.io.IOException;
import java.util.Map;

/**
 * Refuses a text holding a control character (other than tab and line breaks) or broken Unicode (an unpaired
 * surrogate): such a value is no name or reason anyone meant to record, and PostgreSQL cannot hold it in a
 * {@code jsonb} column — stored in an event, it would stop the query side's projections at that event for good.
 * And refuses a value given as text for something that is not text (an enum, a date, an id) when the text is padded
 * or broken so: Jackson would quietly trim {@code CLASSROOM} followed by a null character into {@code CLASSROOM},
 * taking a mistake for a value.
 */
public class StrictTextModule extends SimpleModule {

    public StrictTextModule() {
        super("jejak-strict-text");
        addDeserializer(String.class, new StrictStringDeserializer());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                // dates, ids, numbers and booleans; beans, records and the kernel's value objects validate themselves
                return scalar(description.getBeanClass()) ? new CleanTextValue(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new CleanTextValue(deserializer);
            }
        });
    }

    /**
     * Whether a text holds no control character other than tab and line breaks, and no unpaired surrogate: what
     * PostgreSQL can hold and someone can have meant to write.
     */
    public static boolean clean(String text) {
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

    private static boolean scalar(Class<?> type) {
        return java.time.temporal.TemporalAccessor.class.isAssignableFrom(type) || type == java.util.UUID.class
                || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type.isPrimitive() && type != void.class;
    }

    /** A value that is not text, when given as text: exactly the text of the value, nothing around or inside it. */
    private static final class CleanTextValue extends DelegatingDeserializer {

        CleanTextValue(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new CleanTextValue(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.isExpectedStartArrayToken()) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!clean(text)) {
                    throw new InvalidValueException("TEXT_INVALID_CHARACTER",
                            "a text may not hold control characters or broken Unicode", Map.of());
                }
                if (!text.equals(text.strip())) {
                    return context.handleWeirdStringValue(handledType(), text, "surrounded by white space");
                }
            }
            return super.deserialize(parser, context);
        }
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
    }
}
