package id.jejak.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.kernel.workunit.CitizenSatisfactionRecorded;
import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored events are read by auditors with psql and other tools, so their JSON must say what it means plainly. */
class MessagesAsJsonTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void valueObjectsAreWrittenAsThePlainValuesDecreesUse() throws Exception {
        var event = new CivilServantRegistered(Nip.of("198609262015051001"), "Siti Rahmawati", EmploymentType.PNS,
                Rank.III_A, LocalDate.of(2022, 4, 1), Education.BACHELOR, "Dinas Pendidikan", "Analis Kebijakan",
                LocalDate.of(2024, 1, 2));

        JsonNode written = json.readTree(json.writeValueAsString(event));

        assertThat(written.get("nip").asText()).isEqualTo("198609262015051001");
        assertThat(written.get("rank").asText()).isEqualTo("III/a");
        assertThat(written.get("effectiveDate").asText()).isEqualTo("2024-01-02");
        assertThat(json.treeToValue(written, CivilServantRegistered.class)).isEqualTo(event);
    }

    @Test
    void derivedDatesAreNotWrittenTwice() throws Exception {
        var event = new TrainingAssigned(Nip.of("198609262015051001"), UUID.randomUUID(), "Latsar CPNS",
                TrainingKind.CLASSROOM, "BPSDM Provinsi", LessonHours.of(40), LocalDate.of(2025, 3, 1), true);

        JsonNode written = json.readTree(json.writeValueAsString(event));

        assertThat(written.has("effectiveDate")).isFalse();
        assertThat(written.get("plannedLessonHours").asInt()).isEqualTo(40);
        assertThat(json.treeToValue(written, TrainingAssigned.class)).isEqualTo(event);
    }

    @Test
    void aParticipationNotCompletedIsWrittenWithoutLessonHoursAndReadBack() throws Exception {
        var event = new ProgrammeParticipationCompleted(UUID.randomUUID(), Nip.of("198609262015051001"), false,
                null, LocalDate.of(2025, 7, 11), null);

        JsonNode written = json.readTree(json.writeValueAsString(event));

        assertThat(written.get("earnedLessonHours").isNull()).isTrue();
        assertThat(written.has("effectiveDate")).isFalse();
        assertThat(json.treeToValue(written, ProgrammeParticipationCompleted.class)).isEqualTo(event);
    }

    @Test
    void aSatisfactionIndexIsWrittenAsTheNumberTheSurveyReportShows() throws Exception {
        var event = new CitizenSatisfactionRecorded(UnitCode.of("DINKES"), 2025, "2025-S1",
                SatisfactionIndex.of(new BigDecimal("88.3")), SatisfactionGrade.B, 412, "PermenPANRB-14-2017");

        String written = json.writeValueAsString(event);

        assertThat(written).contains("\"unit\":\"DINKES\"", "\"index\":88.30", "\"grade\":\"B\"");
        assertThat(json.readValue(written, CitizenSatisfactionRecorded.class)).isEqualTo(event);
    }
}
