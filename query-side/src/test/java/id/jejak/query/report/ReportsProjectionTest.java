package id.jejak.query.report;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.IdentityCorrected;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.kernel.workunit.CitizenSatisfactionRecorded;
import id.jejak.kernel.workunit.OrganisationPerformanceCorrected;
import id.jejak.kernel.workunit.OrganisationPerformanceRecorded;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.query.QuerySideTest;
import id.jejak.query.admin.ProjectionRebuilds;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.report.ReportEvents.annual;
import static id.jejak.query.report.ReportEvents.placed;
import static id.jejak.query.report.ReportEvents.trained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideTest
class ReportsProjectionTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ReportsProjection projection;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    ProjectionRebuilds rebuilds;
    /** An auditor reads every report, finding and audit endpoint. */
    TestRestTemplate http;

    @BeforeEach
    void signInAsAuditor() {
        http = anonymous.withBasicAuth("auditor", "demo");
    }

    @Test
    void theReportTablesRebuiltFromTheFirstEventEqualThoseBuiltLive() {
        recordOfEveryKind(new ReportEvents(eventStore), "RPT-RB", "198607082010081201", "198607082010081202");
        ReportsCaughtUp.waitFor(processing, eventStore);
        Map<String, List<Map<String, Object>>> live = tables();
        List<Map<?, ?>> liveReports = reports();

        rebuilds.rebuild(ReportsProjection.NAME);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                rebuilds.status(ReportsProjection.NAME).lastRebuild().state()).isEqualTo("SERVING"));
        ReportsCaughtUp.waitFor(processing, eventStore);

        assertThat(tables()).isEqualTo(live);
        assertThat(reports()).isEqualTo(liveReports);
        assertThat(live.get("report_person")).isNotEmpty();
    }

    @Test
    void aRevokedEndOfServiceReinstatesAndARevokedConfirmationMakesACpnsAgain() {
        var events = new ReportEvents(eventStore);
        Nip retired = Nip.of("198607082010081205");
        Nip confirmed = Nip.of("198607082010081206");
        events.person(ReportEvents.pns(retired, "Rudi Hartono", "RPT-RV", Rank.III_B, LocalDate.of(2019, 1, 1),
                Education.BACHELOR));
        events.revoke(retired, events.person(new Retired(retired, LocalDate.of(2025, 6, 1), decree())));
        events.person(new CivilServantRegistered(confirmed, "Sri Wahyuni", EmploymentType.CPNS, Rank.III_A,
                LocalDate.of(2023, 3, 1), Education.BACHELOR, "RPT-RV", "Analis", LocalDate.of(2023, 3, 1)));
        events.revoke(confirmed, events.person(new ConfirmedAsPns(confirmed, LocalDate.of(2024, 3, 1), decree())));
        ReportsCaughtUp.waitFor(processing, eventStore);

        assertThat(jdbc.sql("select status, employment_type from report_person where nip in (?, ?) order by nip")
                .params(retired.value(), confirmed.value()).query((row, i) -> row.getString(1) + " "
                        + row.getString(2)).list()).containsExactly("ACTIVE PNS", "ACTIVE CPNS");
    }

    @Test
    void aRedeliveredEventChangesNoRow() {
        var events = new ReportEvents(eventStore);
        Map<String, DomainEventMessage<?>> recorded = recordOfEveryKind(events, "RPT-RD", "198607082010081203",
                "198607082010081204");
        ReportsCaughtUp.waitFor(processing, eventStore);
        Map<String, List<Map<String, Object>>> before = tables();

        // redelivered late: after the revocation, the correction and the corrections that followed them
        redeliver(recorded.get("promotion"), (event, message, token) -> projection.on((PromotionGranted) event,
                message, token));
        redeliver(recorded.get("evaluation"), (event, message, token) -> projection.on((PerformanceEvaluated) event,
                message, token));
        redeliver(recorded.get("organisation"), (event, message, token) -> projection.on(
                (OrganisationPerformanceRecorded) event, message, token));
        redeliver(recorded.get("identity"), (event, message, token) -> projection.on((IdentityCorrected) event,
                message, token));
        redeliver(recorded.get("training"), (event, message, token) -> projection.on((TrainingCompleted) event,
                message, token));
        redeliver(recorded.get("completion"), (event, message, token) -> projection.on(
                (ProgrammeParticipationCompleted) event, message, token));

        assertThat(tables()).isEqualTo(before);
    }

    private interface Handler {
        void handle(Object event, DomainEventMessage<?> message, GlobalSequenceTrackingToken token);
    }

    private void redeliver(DomainEventMessage<?> message, Handler handler) {
        long globalIndex = jdbc.sql("select global_index from eventstore.domain_event_entry where event_identifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
        handler.handle(message.getPayload(), message, new GlobalSequenceTrackingToken(globalIndex));
    }

    /** Every event the projection handles, with some of the messages a redelivery test needs by name. */
    private static Map<String, DomainEventMessage<?>> recordOfEveryKind(ReportEvents events, String unit,
                                                                        String first, String second) {
        UnitCode code = UnitCode.of(unit);
        Map<String, DomainEventMessage<?>> recorded = new LinkedHashMap<>();
        Nip nip = Nip.of(first);
        events.person(new CivilServantRegistered(nip, "Indah Sari", EmploymentType.CPNS, Rank.III_A,
                LocalDate.of(2020, 3, 1), null, code.value(), "Analis", LocalDate.of(2020, 3, 1)));
        events.person(new ConfirmedAsPns(nip, LocalDate.of(2021, 3, 1), decree()));
        recorded.put("identity", events.person(new IdentityCorrected(nip, "Indah Sari", "Indah Sari Dewi",
                LocalDate.of(2021, 4, 1), decree())));
        events.person(new IdentityCorrected(nip, "Indah Sari Dewi", "Indah Sari Dewi Lubis", LocalDate.of(2021, 5, 1),
                decree()));
        events.person(new EducationRecorded(nip, Education.MASTER, "Universitas Sumatera Utara",
                LocalDate.of(2022, 8, 1)));
        events.person(placed(nip, "RPT-RB2", LocalDate.of(2023, 1, 2)));
        recorded.put("training", events.person(trained(nip, 15, LocalDate.of(2025, 5, 5))));
        PerformanceEvaluated evaluation = annual(nip, 2025, Predicate.BAIK);
        var evaluated = events.person(evaluation);
        recorded.put("evaluation", evaluated);
        events.person(new PerformanceEvaluationCorrected(nip, evaluation.evaluationId(), evaluated.getIdentifier(),
                evaluation.kind(), 2025, evaluation.periodEnd(), Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION,
                Predicate.SANGAT_BAIK, "test", "Inspektorat"));
        SanctionImposed sanction = new SanctionImposed(nip, UUID.randomUUID(), SanctionType.ALLOWANCE_CUT,
                SanctionType.ALLOWANCE_CUT.level(), 6, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1), decree(),
                List.of(ReportEvents.EVALUATOR));
        events.person(sanction);
        events.person(new SanctionRevoked(nip, sanction.sanctionId(), LocalDate.of(2025, 3, 1), "BPASN", decree()));
        var promotion = events.person(new PromotionGranted(nip, UUID.randomUUID(), Rank.III_A, Rank.III_B,
                LocalDate.of(2024, 4, 1), decree(), "hr.a", "ppk.b", null));
        recorded.put("promotion", promotion);
        events.revoke(nip, promotion);

        UUID programme = UUID.randomUUID();
        events.programme(programme, new ProgrammeCreated(programme, "Studi Banding", TrainingKind.STUDY_GROUP,
                "Pemkot Surabaya", "ID", 5, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5), LessonHours.of(20)));
        events.programme(programme, new ParticipantEnrolled(programme, nip, LocalDate.of(2025, 8, 1)));
        recorded.put("completion", events.programme(programme, new ProgrammeParticipationCompleted(programme, nip,
                true, LessonHours.of(20), LocalDate.of(2025, 9, 5), "SB-1")));

        var organisation = events.unit(code.value(), new OrganisationPerformanceRecorded(code, 2025,
                OrganisationPredicate.BAIK, "061/KIN/2026", LocalDate.of(2026, 2, 1)));
        recorded.put("organisation", organisation);
        events.unit(code.value(), new OrganisationPerformanceCorrected(code, 2025, OrganisationPredicate.BAIK,
                OrganisationPredicate.BUTUH_PERBAIKAN, organisation.getIdentifier(), "keberatan", "Bupati"));
        events.unit(code.value(), new CitizenSatisfactionRecorded(code, 2025, "2025-Q1",
                SatisfactionIndex.of(new BigDecimal("77.10")), SatisfactionGrade.B, 120, "PermenPANRB-14-2017"));
        events.person(new Retired(nip, LocalDate.of(2026, 6, 1), decree()));

        Nip other = Nip.of(second);
        events.person(ReportEvents.pns(other, "Joko Susilo", code.value(), Rank.II_A, LocalDate.of(2019, 1, 1),
                Education.SENIOR_HIGH));
        events.person(new Dismissed(other, LocalDate.of(2025, 10, 1), decree(), false));
        return recorded;
    }

    /** Every row of every report table, in a stable order. */
    private Map<String, List<Map<String, Object>>> tables() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : ReportsProjection.TABLES) {
            tables.put(table, jdbc.sql("select * from " + table).query().listOfRows().stream()
                    .sorted(Comparator.comparing(Object::toString)).toList());
        }
        return tables;
    }

    private List<Map<?, ?>> reports() {
        return List.of(
                http.getForObject("/api/v1/reports/lesson-hours?year=2025", Map.class),
                http.getForObject("/api/v1/reports/predicate-distribution?year=2025", Map.class),
                http.getForObject("/api/v1/reports/promotion-eligibility?date=2026-04-01", Map.class),
                http.getForObject("/api/v1/reports/programme-effectiveness?year=2025", Map.class),
                http.getForObject("/api/v1/reports/citizen-satisfaction?year=2025", Map.class));
    }

    private static Decree decree() {
        return new Decree("800/" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2025, 1, 2));
    }
}
