package id.jejak.query.history;

import id.jejak.kernel.Decree;
import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A unit's decision trail for a calendar year, read from its own index with the total the projection keeps: the same
 * rows and the same total as any other period, a decision counted in the unit its person was in when it was recorded.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class UnitYearTrailTest {

    private static final Nip MOVER = Nip.of("197707072002121004");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String FROM_UNIT = "Dinas Asal " + SUFFIX;
    private static final String TO_UNIT = "Dinas Tujuan " + SUFFIX;
    private static final Decree DECREE = new Decree("821/PIP/2024", LocalDate.of(2024, 6, 20));

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = anonymous.withBasicAuth("auditor", "demo");
    }

    /** Registered in one unit in March 2024, placed in another in July, awarded there in August. */
    @BeforeAll
    void record(@Autowired EventStore eventStore) {
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(MOVER, "Rina Wulandari", EmploymentType.PNS, Rank.III_A,
                LocalDate.of(2024, 3, 1), Education.BACHELOR, FROM_UNIT, "Analis", LocalDate.of(2024, 3, 1)), "hr.ani");
        events.append(new PlacedInPosition(MOVER, PositionKind.STAFF, "Pengelola Data", TO_UNIT,
                LocalDate.of(2024, 7, 1), DECREE, "Analis", FROM_UNIT), "hr.ani");
        events.append(new AwardGranted(MOVER, UUID.randomUUID(), "Pegawai Teladan", List.of(),
                LocalDate.of(2024, 8, 17), DECREE), "ppk.budi");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(trail(TO_UNIT, "2024-01-01",
                "2024-12-31", "")).containsEntry("total", 2));
    }

    @Test
    void aPlacementCountsTheDecisionsAfterItInTheNewUnitsYear() {
        Map before = trail(FROM_UNIT, "2024-01-01", "2024-12-31", "");
        Map after = trail(TO_UNIT, "2024-01-01", "2024-12-31", "");

        assertThat(before).containsEntry("total", 1);
        assertThat(types(before)).containsExactly("CivilServantRegistered");
        assertThat(after).containsEntry("total", 2);
        assertThat(types(after)).containsExactly("PlacedInPosition", "AwardGranted");
        assertThat(trail(TO_UNIT, "2025-01-01", "2025-12-31", "")).containsEntry("total", 0);
    }

    @Test
    void aUnitsYearHasTheTotalAndPagesOfAnyOtherPeriodHoldingTheSameDecisions() {
        Map year = trail(TO_UNIT.toLowerCase(), "2024-01-01", "2024-12-31", "&size=1&page=1");
        Map sameDecisionsOtherBounds = trail(TO_UNIT, "2024-06-30", "2024-12-31", "&size=1&page=1");

        assertThat(year).containsEntry("total", 2);
        assertThat(types(year)).containsExactly("AwardGranted");
        assertThat(year.get("decisions")).isEqualTo(sameDecisionsOtherBounds.get("decisions"));
        assertThat(year.get("total")).isEqualTo(sameDecisionsOtherBounds.get("total"));
    }

    @Test
    void aUnitsYearNarrowedFurtherIsCountedRowByRow() {
        Map awards = trail(TO_UNIT, "2024-01-01", "2024-12-31", "&type=AwardGranted");

        assertThat(awards).containsEntry("total", 1);
        assertThat(types(awards)).containsExactly("AwardGranted");
    }

    private Map trail(String unit, String from, String to, String more) {
        return http.getForObject("/api/v1/decision-trail?unit={unit}&from={from}&to={to}" + more, Map.class, unit,
                from, to);
    }

    private static List<Object> types(Map trail) {
        return ((List<Map>) trail.get("decisions")).stream().map(decision -> decision.get("type")).toList();
    }
}
