package id.jejak.command.civilservant;

import id.jejak.career.performance.PredicateMatrix;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.Decree;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.promotion.PromotionEligibility;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.promotion.PromotionProposed;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/**
 * What the career tests share: the civil servant and the officials around them, the events a history is built from,
 * and the matchers a refusal is checked with.
 */
final class CareerFixtures {

    /** Born 1986-09-26, appointed (TMT CPNS) 2015-05, male, sequence 001. */
    static final Nip NIP = Nip.of("198609262015051001");
    /** The pejabat penilai: born 1975-03-12, appointed 2000-03. */
    static final Nip EVALUATOR = Nip.of("197503122000031002");
    /** A coach (pendamping): born 1980-11-05, appointed 2005-01, female. */
    static final Nip COACH = Nip.of("198011052005012003");
    /** A member of a Tim Pemeriksa: born 1971-08-17, appointed 1995-03. */
    static final Nip EXAMINER = Nip.of("197108171995031004");

    static final String FULL_NAME = "Budi Santoso";
    static final String WORK_UNIT = "Badan Kepegawaian Daerah Kota Bandung";
    static final String POSITION = "Analis Kepegawaian";

    /** The HR officer who proposes, and the official who decides: four eyes. */
    static final String PROPOSER = "hr.ani";
    static final String APPROVER = "kepala.bkpsdm";

    static final Decree DECREE = new Decree("800/1234/BKPSDM/2026", LocalDate.of(2026, 3, 2));
    static final String MATRIX_VERSION = PredicateMatrix.PERMENPANRB_6_2022.version();
    /** The version of {@code PromotionPolicy.defaults()}, which every eligibility records. */
    static final String POLICY_VERSION = "PerBKN-4-2023/PP-99-2000";

    private CareerFixtures() {
    }

    /** The metadata of a decision taken by {@code actor}. */
    static Map<String, Object> actedBy(String actor) {
        return Map.of(EventMetadata.ACTOR_ID, actor);
    }

    /** A stable identifier for a named thing in a test (an evaluation, a sanction, a proposal). */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    // --- the person -----------------------------------------------------------------------------------------------

    static CivilServantRegistered registered(EmploymentType employmentType, Rank rank, LocalDate rankSince,
                                             Education education, LocalDate effectiveDate) {
        return new CivilServantRegistered(NIP, FULL_NAME, employmentType, rank, rankSince, education, WORK_UNIT,
                POSITION, effectiveDate);
    }

    /** A PNS recorded on 2023-01-02, with the rank held since {@code rankSince}. */
    static CivilServantRegistered registeredPns(Rank rank, LocalDate rankSince, Education education) {
        return registered(EmploymentType.PNS, rank, rankSince, education, LocalDate.of(2023, 1, 2));
    }

    static Retired retired(LocalDate effectiveDate) {
        return new Retired(NIP, effectiveDate, DECREE);
    }

    static Dismissed dismissed(LocalDate effectiveDate) {
        return new Dismissed(NIP, effectiveDate, DECREE, true);
    }

    /** How service ends: the event given, and its type as a revocation of it names it. */
    enum End {
        RETIRED, DISMISSED;

        Object event() {
            return this == RETIRED ? retired(LocalDate.of(2026, 1, 1)) : dismissed(LocalDate.of(2026, 1, 1));
        }

        String type() {
            return this == RETIRED ? Retired.class.getSimpleName() : Dismissed.class.getSimpleName();
        }
    }

    /** The history, then more events. */
    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    // --- trainings ------------------------------------------------------------------------------------------------

    static TrainingAssigned trainingAssigned(UUID trainingId, LocalDate startDate, boolean basicTraining) {
        return new TrainingAssigned(NIP, trainingId, basicTraining ? "Pelatihan Dasar CPNS" : "Pelatihan Teknis SIASN",
                TrainingKind.CLASSROOM, "BPSDM Provinsi Jawa Barat", LessonHours.of(basicTraining ? 240 : 24),
                startDate, basicTraining);
    }

    static TrainingCompleted trainingCompleted(UUID trainingId, LocalDate completedOn) {
        return new TrainingCompleted(NIP, trainingId, LessonHours.of(24), completedOn, "BPSDM-JB/" + completedOn);
    }

    // --- evaluations ----------------------------------------------------------------------------------------------

    /** The identifier of the annual evaluation of a year, as {@link #annual(int, Predicate)} records it. */
    static UUID annualId(int year) {
        return id("annual-" + year);
    }

    /** The final annual evaluation of a year, over the whole year, with ratings that yield {@code predicate}. */
    static PerformanceEvaluated annual(int year, Predicate predicate) {
        return evaluated(annualId(year), EvaluationKind.ANNUAL, year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), predicate);
    }

    /** A periodic (semester) evaluation of a year, with ratings that yield {@code predicate}. */
    static PerformanceEvaluated periodic(UUID evaluationId, int year, Predicate predicate) {
        return evaluated(evaluationId, EvaluationKind.PERIODIC, year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 6, 30), predicate);
    }

    static PerformanceEvaluated evaluated(UUID evaluationId, EvaluationKind kind, int year, LocalDate periodStart,
                                          LocalDate periodEnd, Predicate predicate) {
        Rating[] ratings = ratingsFor(predicate);
        return new PerformanceEvaluated(NIP, evaluationId, kind, year, periodStart, periodEnd, EVALUATOR, ratings[0],
                ratings[1], predicate, MATRIX_VERSION);
    }

    /** A work result and a work behaviour the PermenPANRB 6/2022 matrix turns into {@code predicate}. */
    private static Rating[] ratingsFor(Predicate predicate) {
        return switch (predicate) {
            case SANGAT_BAIK -> new Rating[]{Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION};
            case BAIK -> new Rating[]{Rating.AS_EXPECTED, Rating.AS_EXPECTED};
            case BUTUH_PERBAIKAN -> new Rating[]{Rating.BELOW_EXPECTATION, Rating.AS_EXPECTED};
            case KURANG -> new Rating[]{Rating.AS_EXPECTED, Rating.BELOW_EXPECTATION};
            case SANGAT_KURANG -> new Rating[]{Rating.BELOW_EXPECTATION, Rating.BELOW_EXPECTATION};
        };
    }

    // --- discipline -----------------------------------------------------------------------------------------------

    static SanctionImposed sanctionImposed(UUID sanctionId, SanctionType type, int months, LocalDate effectiveDate,
                                           List<Nip> examinationTeam) {
        return new SanctionImposed(NIP, sanctionId, type, type.level(), months, effectiveDate,
                effectiveDate.plusMonths(months), DECREE, examinationTeam);
    }

    /** A cut of the performance allowance (a medium sanction) for {@code months} from {@code effectiveDate}. */
    static SanctionImposed allowanceCut(UUID sanctionId, int months, LocalDate effectiveDate) {
        return sanctionImposed(sanctionId, SanctionType.ALLOWANCE_CUT, months, effectiveDate, List.of());
    }

    // --- promotions -----------------------------------------------------------------------------------------------

    /** The annual predicates a promotion looked at, most recent year first. */
    static Map<Integer, Predicate> predicates(int year, Predicate predicate, int earlierYear, Predicate earlier) {
        Map<Integer, Predicate> byYear = new LinkedHashMap<>();
        byYear.put(year, predicate);
        byYear.put(earlierYear, earlier);
        return byYear;
    }

    static PromotionEligibility eligibility(Rank rank, LocalDate rankSince, Education education, Rank ceiling,
                                            Map<Integer, Predicate> annualPredicates, boolean sanctionInForce) {
        return new PromotionEligibility(rank, rankSince, education, ceiling, annualPredicates, sanctionInForce,
                POLICY_VERSION);
    }

    static PromotionProposed proposed(UUID proposalId, Rank from, Rank to, LocalDate effectiveDate,
                                      PromotionEligibility eligibility) {
        return new PromotionProposed(NIP, proposalId, from, to, effectiveDate, PROPOSER, eligibility);
    }

    static PromotionGranted granted(UUID proposalId, Rank from, Rank to, LocalDate effectiveDate,
                                    PromotionEligibility eligibility) {
        return new PromotionGranted(NIP, proposalId, from, to, effectiveDate, DECREE, PROPOSER, APPROVER,
                eligibility);
    }

    // --- corrections ----------------------------------------------------------------------------------------------

    static DecisionRevoked revoked(String eventId, String eventType, LocalDate effectiveDate) {
        return new DecisionRevoked(NIP, eventId, eventType, effectiveDate, "PPK Kota Bandung", DECREE);
    }

    /**
     * The identifiers of the events given to the fixture, in order. The fixture wraps every given event, a
     * {@code GenericDomainEventMessage} included, in a new message with a new identifier, so a test cannot choose
     * them; it reads them back here, after {@code given(...)} and before {@code when(...)}.
     */
    static List<String> givenEventIds(AggregateTestFixture<CivilServant> fixture) {
        return fixture.getEventStore().readEvents(NIP.value()).asStream().map(Message::getIdentifier).toList();
    }

    // --- matchers -------------------------------------------------------------------------------------------------

    /** A {@link RuleViolation} refusing with the given rule code. */
    static Matcher<RuleViolation> violationOf(String code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.details().code();
            }
        };
    }

    /** A {@link RuleViolation} whose facts name exactly these failed rules, in this order. */
    static Matcher<RuleViolation> failedRules(String... codes) {
        Object failed = List.of(codes);
        return new FeatureMatcher<>(equalTo(failed), "a RuleViolation with failedRules", "failedRules") {
            @Override
            protected Object featureValueOf(RuleViolation violation) {
                return violation.details().facts().get("failedRules");
            }
        };
    }

    /** A {@link RuleViolation} with this fact. */
    static Matcher<RuleViolation> fact(String name, Object value) {
        return new FeatureMatcher<>(equalTo(value), "a RuleViolation with fact " + name, name) {
            @Override
            protected Object featureValueOf(RuleViolation violation) {
                return violation.details().facts().get(name);
            }
        };
    }
}
