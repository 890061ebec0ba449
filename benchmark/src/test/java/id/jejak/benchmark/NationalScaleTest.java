package id.jejak.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NationalScaleTest {

    private static final Map<String, Object> REPORT = Map.of(
            "run", Map.of("machine", "2 cores"),
            "database", Map.of("events", 1_000_000, "eventTableMb", 1_000, "readModelsMb", 2_000),
            "httpCommands", Map.of("commandsPerSecond", 500.0, "jvmCpuMsPerCommand", 2.0),
            "rawBaseline", Map.of("keysetRead", Map.of("rowsPerSecond", 400_000.0)),
            "rebuild", Map.of("allTogether", Map.of("eventsPerSecond", 5_000.0)));

    @Test
    void aNationalYearIsThirtyDecisionsOfEveryCivilServantSpreadOverTheWorkingHours() {
        Map<String, String> lines = values(NationalScale.project(REPORT));

        assertThat(lines).containsEntry("events a year", "129,000,000");
        // 129 million over 250 days of 8 hours is 17.9 a second; the peak hour ten times that
        assertThat(lines).containsEntry("commands a second: mean working hour / peak hour", "18 / 179");
        assertThat(lines).containsEntry("JVM CPU for the peak (both sides, this JVM's share of a command)",
                "0.4 cores");
    }

    @Test
    void storageAndReplayScaleTheMeasuredBytesAndRatesOfAnEvent() {
        Map<String, String> lines = values(NationalScale.project(REPORT));

        // 1,048,576 bytes an event's row and indexes × 129 million
        assertThat(lines).containsEntry("event table a year / kept 10 years", "135 GB / 1,353 GB");
        assertThat(lines).containsEntry("read models a year / kept 10 years", "271 GB / 2,705 GB");
        // 129 million events at 5,000 a second: 25,800 s
        assertThat(lines).containsEntry("replay of one national year, one store, all projections", "7.2 h");
        // at a tenth of 400,000 rows a second: 3,225 s
        assertThat(lines).containsEntry("the same at issue 19's target (0.1 × the keyset read)", "54 min");
        // 50,000 people × 30 × 10 years = 15 million events: 3,000 s today, 375 s at the target
        assertThat(lines).containsEntry("rebuild of one agency of 50,000 people, 10 years", "50 min today; 6 min at the target");
        // ten years of the nation at 5,000 events/s on 50 machines: 5,160 s
        assertThat(lines).containsEntry("every agency rebuilt, 10 years, on 50 machine(s) like this one",
                "1.4 h today; 11 min at the target");
    }

    @Test
    void longSpansAreGivenInDays() {
        assertThat(NationalScale.hours(2 * 86400)).isEqualTo("48.0 h");
        assertThat(NationalScale.hours(4 * 86400)).isEqualTo("4.0 days");
        assertThat(NationalScale.hours(90)).isEqualTo("2 min");
    }

    private static Map<String, String> values(List<Map<String, Object>> lines) {
        return lines.stream().collect(java.util.stream.Collectors.toMap(line -> (String) line.get("what"),
                line -> (String) line.get("value")));
    }
}
