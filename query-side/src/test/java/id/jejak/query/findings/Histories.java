package id.jejak.query.findings;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.promotion.PromotionProposed;
import id.jejak.kernel.workunit.OrganisationPerformanceCorrected;
import id.jejak.kernel.workunit.OrganisationPerformanceRecorded;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writes histories straight into the event store for the findings tests, the command side's rules bypassed, and
 * waits until the findings projection has read them. Every test takes its own people and units, since the store is
 * shared by every test of the context.
 */
final class Histories {

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final Nip EVALUATOR = Nip.of("196001011985031001");

    private final RecordedEvents events;
    private final JdbcClient jdbc;

    Histories(EventStore eventStore, JdbcClient jdbc) {
        this.events = new RecordedEvents(eventStore);
        this.jdbc = jdbc;
    }

    /** A valid NIP nobody else in the test run has: born 1961 onwards, one day apart, appointed January 1990. */
    static Nip newNip() {
        int n = PEOPLE.incrementAndGet();
        String birth = LocalDate.of(1961, 1, 1).plusDays(n).toString().replace("-", "");
        return Nip.of(birth + "199001" + "2" + String.format("%03d", n % 1000));
    }

    static String newUnit() {
        return "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static Decree decree() {
        return new Decree("SK/" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2024, 1, 2));
    }

    GenericDomainEventMessage<CareerEvent> append(CareerEvent event) {
        return events.append(event, "hr.siti");
    }

    GenericDomainEventMessage<CareerEvent> append(CareerEvent event, String actor) {
        return events.append(event, actor);
    }

    GenericDomainEventMessage<CareerEvent> append(CareerEvent event, Instant recordedAt) {
        return events.append(event, "hr.siti", recordedAt);
    }

    /** Appends as a bulk import does: marked as migrated from a file's row, recorded at the time of the import. */
    GenericDomainEventMessage<CareerEvent> appendMigrated(CareerEvent event, Instant importedAt) {
        return events.appendTo("CivilServant", event.nip().value(), event, "admin", importedAt,
                MetaData.with(EventMetadata.MIGRATION_ID, UUID.randomUUID().toString())
                        .and(EventMetadata.MIGRATION_SOURCE, "SIASN")
                        .and(EventMetadata.MIGRATION_FILE, "riwayat-jabatan.csv")
                        .and(EventMetadata.MIGRATION_ROW, 1));
    }

    <T> GenericDomainEventMessage<T> appendTo(String type, String id, T event) {
        return events.appendTo(type, id, event, "hr.siti");
    }

    <T> GenericDomainEventMessage<T> appendTo(String type, String id, T event, Instant recordedAt) {
        return events.appendTo(type, id, event, "hr.siti", recordedAt);
    }

    /** A PNS in a unit, holding the rank from {@code rankSince}. */
    GenericDomainEventMessage<CareerEvent> register(Nip nip, Rank rank, LocalDate rankSince, String unit,
                                                     LocalDate effectiveDate) {
        return append(registration(nip, EmploymentType.PNS, rank, rankSince, unit, effectiveDate));
    }

    static CivilServantRegistered registration(Nip nip, EmploymentType type, Rank rank, LocalDate rankSince,
                                               String unit, LocalDate effectiveDate) {
        return new CivilServantRegistered(nip, "Pegawai " + nip.value().substring(14), type, rank, rankSince,
                Education.BACHELOR, unit, "Analis Kebijakan", effectiveDate);
    }

    static PerformanceEvaluated annual(Nip nip, int year, Predicate predicate) {
        return evaluation(nip, UUID.randomUUID(), EvaluationKind.ANNUAL, year, predicate);
    }

    static PerformanceEvaluated evaluation(Nip nip, UUID evaluationId, EvaluationKind kind, int year,
                                           Predicate predicate) {
        return new PerformanceEvaluated(nip, evaluationId, kind, year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), EVALUATOR, Rating.AS_EXPECTED, Rating.AS_EXPECTED, predicate,
                "PermenPANRB-6-2022/annex-B1");
    }

    static PerformanceEvaluationCorrected correction(PerformanceEvaluated evaluation, String correctedEventId,
                                                     Predicate predicate) {
        return new PerformanceEvaluationCorrected(evaluation.nip(), evaluation.evaluationId(), correctedEventId,
                evaluation.kind(), evaluation.year(), evaluation.periodEnd(), Rating.AS_EXPECTED,
                Rating.ABOVE_EXPECTATION, predicate, "PermenPANRB-6-2022/annex-B1", "BKPSDM");
    }

    static PromotionProposed proposed(Nip nip, UUID proposalId, Rank from, Rank to, LocalDate effectiveDate,
                                      String proposedBy) {
        return new PromotionProposed(nip, proposalId, from, to, effectiveDate, proposedBy, null);
    }

    static PromotionGranted granted(Nip nip, UUID proposalId, Rank from, Rank to, LocalDate effectiveDate,
                                    String proposedBy, String approvedBy) {
        return new PromotionGranted(nip, proposalId, from, to, effectiveDate, decree(), proposedBy, approvedBy,
                null);
    }

    static SanctionImposed sanction(Nip nip, UUID sanctionId, SanctionType type, LocalDate from, int months) {
        return new SanctionImposed(nip, sanctionId, type, type.level(), months, from, from.plusMonths(months),
                decree(), List.of());
    }

    static PlacedInPosition placed(Nip nip, String unit, LocalDate effectiveDate) {
        return new PlacedInPosition(nip, PositionKind.FUNCTIONAL, "Analis SDM", unit, effectiveDate, decree(), null,
                null);
    }

    /** The store's position of its last event. */
    long head() {
        return jdbc.sql("select max(global_index) from eventstore.domain_event_entry").query(Long.class).single();
    }

    /** An event of the person's stream as the projection would be handed it, not in the store. */
    static GenericDomainEventMessage<CareerEvent> unstored(Nip nip, long sequence, CareerEvent event,
                                                           Instant recordedAt) {
        return new GenericDomainEventMessage<>("CivilServant", nip.value(), 1_000 + sequence, event,
                MetaData.with(EventMetadata.ACTOR_ID, "kepala.bkpsdm"), UUID.randomUUID().toString(), recordedAt);
    }

    static DecisionRevoked revoked(Nip nip, String eventId, String type, LocalDate effectiveDate) {
        return new DecisionRevoked(nip, eventId, type, effectiveDate, "Bupati", decree());
    }

    GenericDomainEventMessage<OrganisationPerformanceRecorded> organisationPredicate(String unit, int year,
                                                                                     OrganisationPredicate predicate) {
        return appendTo("WorkUnit", unit, new OrganisationPerformanceRecorded(UnitCode.of(unit), year, predicate,
                "SK/ORG/" + year, LocalDate.of(year + 1, 1, 15)));
    }

    GenericDomainEventMessage<OrganisationPerformanceCorrected> organisationCorrection(
            String unit, int year, OrganisationPredicate previous, OrganisationPredicate predicate,
            String correctedEventId) {
        return appendTo("WorkUnit", unit, new OrganisationPerformanceCorrected(UnitCode.of(unit), year, previous,
                predicate, correctedEventId, "salah hitung", "Sekda"));
    }

    /**
     * Waits until the findings projection has read the person's record up to this event (their row carries the index
     * of the last event of their own record it read), so a test can also assert that nothing was found.
     */
    void awaitRead(GenericDomainEventMessage<?> last) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select exists (select 1 from findings_person p
                                       where p.nip = ? and p.global_index >= (
                                           select global_index from eventstore.domain_event_entry
                                           where event_identifier = ?))""")
                .params(last.getAggregateIdentifier(), last.getIdentifier())
                .query(Boolean.class).single()).isTrue());
    }

    /** Waits until the findings projection has read an event of a unit's or programme's record. */
    void awaitStored(String table, GenericDomainEventMessage<?> event) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from " + table + " where event_id = ?")
                .param(event.getIdentifier()).query(Long.class).single()).isEqualTo(1L));
    }
}
