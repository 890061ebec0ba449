package id.jejak.platform.eventstore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a date in the one form the store's messages write it, {@code yyyy-MM-dd}, from its digits; any other form,
 * and an impossible day, goes to Jackson's own deserializer, which reads or refuses it as before. Replaying a record
 * parses every date its events carry, and {@code DateTimeFormatter}'s general parser (a map of fields resolved per
 * date) was a twentieth of a command's CPU on a record read from the store.
 */
final class PlainDateDeserializer extends StdScalarDeserializer<LocalDate> {

    PlainDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            if (isPlainDate(text)) {
                try {
                    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
                } catch (DateTimeException impossibleDay) {
                    // Jackson's deserializer refuses it below, in its own words
                }
            }
        }
        return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
    }

    private static boolean isPlainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
