package id.jejak.query.access;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads of personal data by auditors and inspectors are recorded — who read whose record, by which path, when —
 * and an admin lists them (UU 27/2022: accountability of access). HR's reads and an employee's of their own record
 * are their daily work, not recorded.
 */
@QuerySideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class AccessLogTest {

    private static final Nip READ = Nip.of("197912122005012003");

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    Clock clock;

    @Test
    void readsByAuditorsAndInspectorsAreRecordedAndAnAdminListsThem() {
        new RecordedEvents(eventStore).append(new CivilServantRegistered(READ, "Maria Ulfa", EmploymentType.PNS,
                Rank.III_C, LocalDate.of(2018, 1, 2), Education.MASTER, "Inspektorat", "Auditor Ahli Muda",
                LocalDate.of(2018, 1, 2)), "hr");
        TestRestTemplate hr = as("hr");
        await().atMost(Duration.ofSeconds(30)).until(() -> hr.getForEntity("/api/v1/civil-servants/{nip}", Map.class,
                READ.value()).getStatusCode() == HttpStatus.OK);

        as("auditor").getForEntity("/api/v1/civil-servants/{nip}?asOf=2024-01-01", Map.class, READ.value());
        as("inspector").getForEntity("/api/v1/civil-servants/{nip}/history", Map.class, READ.value());
        as("inspector").getForEntity("/api/v1/decision-trail?unit=Inspektorat", Map.class);

        Map log = as("admin").getForObject("/api/v1/admin/access-log?nip={nip}", Map.class, READ.value());
        List<Map> entries = (List<Map>) log.get("entries");
        assertThat(entries).extracting(entry -> entry.get("readerId")).containsExactly("inspector", "auditor");
        assertThat(entries.get(0)).containsEntry("readerRole", "INSPECTOR").containsEntry("nip", READ.value())
                .containsEntry("path", "/api/v1/civil-servants/" + READ.value() + "/history")
                .containsKeys("readAt", "correlationId");
        assertThat(entries.get(1)).containsEntry("path", "/api/v1/civil-servants/" + READ.value()
                + "?asOf=2024-01-01");

        Map byInspector = as("admin").getForObject("/api/v1/admin/access-log?reader=inspector&from={today}&to={today}",
                Map.class, LocalDate.now(clock), LocalDate.now(clock));
        assertThat((List<Map>) byInspector.get("entries")).extracting(entry -> entry.get("path"))
                .contains("/api/v1/decision-trail?unit=Inspektorat");
        Map yesterday = as("admin").getForObject("/api/v1/admin/access-log?nip={nip}&to={day}", Map.class,
                READ.value(), LocalDate.now(clock).minusDays(1));
        assertThat(yesterday).containsEntry("total", 0);
    }

    @Test
    void reportsListingPeopleAndTheExportAreRecordedWithThePersonAFilterNames() {
        Nip exported = Nip.of("197705052003122005");
        as("auditor").getForEntity("/api/v1/reports/lesson-hours?year=2025", String.class);
        as("auditor").getForEntity("/api/v1/reports/promotion-eligibility", String.class);
        as("auditor").getForEntity("/api/v1/audit/export?nip={nip}", String.class, exported.value());
        as("auditor").getForEntity("/api/v1/reports/predicate-distribution?year=2025", String.class);

        Map byAuditor = as("admin").getForObject("/api/v1/admin/access-log?reader=auditor&size=1000", Map.class);
        Map aboutExported = as("admin").getForObject("/api/v1/admin/access-log?nip={nip}", Map.class,
                exported.value());

        assertThat((List<Map>) byAuditor.get("entries")).extracting(entry -> entry.get("path"))
                .contains("/api/v1/reports/lesson-hours?year=2025", "/api/v1/reports/promotion-eligibility")
                .doesNotContain("/api/v1/reports/predicate-distribution?year=2025");
        assertThat((List<Map>) aboutExported.get("entries")).extracting(entry -> entry.get("path"))
                .containsExactly("/api/v1/audit/export?nip=" + exported.value());
    }

    @Test
    void readsByHrAndByTheEmployeeThemselvesAreNotRecorded() {
        Nip nobodyRead = Nip.of("198808082012012008");
        as("hr").getForEntity("/api/v1/civil-servants/{nip}", Map.class, nobodyRead.value());

        Map log = as("admin").getForObject("/api/v1/admin/access-log?nip={nip}", Map.class, nobodyRead.value());

        assertThat(log).containsEntry("total", 0);
    }

    @Test
    void onlyAnAdminReadsTheAccessLog() {
        ResponseEntity<Map> byAuditor = as("auditor").getForEntity("/api/v1/admin/access-log", Map.class);

        assertThat(byAuditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byAuditor.getBody()).containsEntry("code", "ACCESS_DENIED");
    }

    @Test
    void aMalformedNipFilterIsABadRequest() {
        ResponseEntity<Map> response = as("admin").getForEntity("/api/v1/admin/access-log?nip=12", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "NIP_FORMAT");
    }

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, "demo");
    }
}
