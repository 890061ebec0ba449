package id.jejak.platform.eventstore;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainDateDeserializerTest {

    private final ObjectMapper json = EventStoreAutoConfiguration.messageJson();

    private record Decided(LocalDate effectiveDate, List<LocalDate> sessions) {
    }

    @Test
    void theMessagesMapperReadsDatesWithIt() throws Exception {
        var context = ((DefaultDeserializationContext) json.getDeserializationContext())
                .createInstance(json.getDeserializationConfig(), null, null);
        assertThat(context.findRootValueDeserializer(json.constructType(LocalDate.class)))
                .isInstanceOf(PlainDateDeserializer.class);
    }

    @Test
    void aDateWrittenByTheMessagesMapperIsReadBackAsTheSameDay() throws Exception {
        for (LocalDate day : List.of(LocalDate.of(2024, 2, 29), LocalDate.of(1965, 12, 31), LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(2026, 10, 9))) {
            Decided decided = new Decided(day, List.of(day, day.plusDays(1)));
            assertThat(json.readValue(json.writeValueAsString(decided), Decided.class)).isEqualTo(decided);
        }
    }

    @Test
    void anImpossibleDayIsRefusedAsJacksonRefusesIt() {
        assertThatThrownBy(() -> json.readValue("\"2023-02-29\"", LocalDate.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("2023-02-29");
        assertThatThrownBy(() -> json.readValue("\"2023-13-01\"", LocalDate.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void textThatIsNotADateIsRefused() {
        assertThatThrownBy(() -> json.readValue("\"2023-1-011\"", LocalDate.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> json.readValue("\"２０２３-01-01\"", LocalDate.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void theOtherFormsJacksonReadsAreStillRead() throws Exception {
        assertThat(json.readValue("[2024,2,29]", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(json.readValue("\"2024-02-29T00:00:00\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(json.readValue("null", LocalDate.class)).isNull();
    }
}
