package id.jejak.query.report;

import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.query.QuerySideTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.report.ReportEvents.annual;
import static id.jejak.query.report.ReportEvents.pns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class PromotionEligibilityReportTest {

    static final String UNIT = "RPT-PROM";
    static final Nip ELIGIBLE = Nip.of("198405062008061001");
    static final Nip TOO_RECENT = Nip.of("198405062008061002");
    static final Nip WEAK_PREDICATES = Nip.of("198405062008061003");
    static final Nip SANCTIONED = Nip.of("198405062008061004");
    static final Nip AT_CEILING = Nip.of("198405062008061005");
    static final Nip NO_EDUCATION = Nip.of("198405062008061006");
    static final Nip PROMOTION_REVOKED = Nip.of("198405062008061007");
    static final Nip CONFIRMED = Nip.of("198405062008061008");
    static final Nip REINSTATED = Nip.of("198405062008061009");
    static final Nip RETIRED = Nip.of("198405062008061010");
    static final Nip CONTRACT = Nip.of("198405062008061011");
    static final Nip CANDIDATE = Nip.of("198405062008061012");

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate anonymous;
    /** An auditor reads every report, finding and audit endpoint. */
    TestRestTemplate http;

    @BeforeEach
    void signInAsAuditor() {
        http = anonymous.withBasicAuth("auditor", "demo");
    }
    @Autowired
    Clock clock;
    @Autowired
    EventProcessingConfiguration processing;

    @BeforeAll
    void recordTheCandidates() {
        signInAsAuditor();
        var events = new ReportEvents(eventStore);
        // eligible: sanctions that would block were revoked, on appeal and as a decision, and one has ended
        candidate(events, ELIGIBLE, Rank.III_A, LocalDate.of(2021, 4, 1), Education.BACHELOR);
        events.person(sanction(ELIGIBLE, SanctionType.ALLOWANCE_CUT, 6, LocalDate.of(2025, 6, 1)));
        SanctionImposed appealed = sanction(ELIGIBLE, SanctionType.ALLOWANCE_CUT, 12, LocalDate.of(2025, 10, 1));
        events.person(appealed);
        events.person(new SanctionRevoked(ELIGIBLE, appealed.sanctionId(), LocalDate.of(2025, 12, 1), "BPASN",
                decree()));
        events.revoke(ELIGIBLE, events.person(sanction(ELIGIBLE, SanctionType.DEMOTION, 12,
                LocalDate.of(2025, 11, 1))));

        candidate(events, TOO_RECENT, Rank.III_B, LocalDate.of(2023, 1, 1), Education.MASTER);

        events.person(pns(WEAK_PREDICATES, "Citra Weak", UNIT, Rank.III_A, LocalDate.of(2020, 4, 1),
                Education.BACHELOR));
        events.person(annual(WEAK_PREDICATES, 2024, Predicate.BAIK));
        events.revoke(WEAK_PREDICATES, events.person(annual(WEAK_PREDICATES, 2025, Predicate.BAIK)));

        candidate(events, SANCTIONED, Rank.III_A, LocalDate.of(2020, 4, 1), Education.BACHELOR);
        events.person(sanction(SANCTIONED, SanctionType.ALLOWANCE_CUT, 12, LocalDate.of(2025, 10, 1)));

        candidate(events, AT_CEILING, Rank.III_B, LocalDate.of(2019, 1, 1), Education.SENIOR_HIGH);
        candidate(events, NO_EDUCATION, Rank.III_A, LocalDate.of(2019, 1, 1), null);

        // the revoked promotion gives back III/a held since 2020, which has been long enough
        candidate(events, PROMOTION_REVOKED, Rank.III_A, LocalDate.of(2020, 10, 1), Education.BACHELOR);
        events.revoke(PROMOTION_REVOKED, events.person(new PromotionGranted(PROMOTION_REVOKED, UUID.randomUUID(),
                Rank.III_A, Rank.III_B, LocalDate.of(2025, 4, 1), decree(), "hr.a", "ppk.b", null)));

        events.person(registered(CONFIRMED, EmploymentType.CPNS, Rank.II_C, Education.DIPLOMA_3));
        events.person(new ConfirmedAsPns(CONFIRMED, LocalDate.of(2020, 1, 1), decree()));
        grades(events, CONFIRMED);

        candidate(events, REINSTATED, Rank.III_C, LocalDate.of(2019, 1, 1), Education.BACHELOR);
        SanctionImposed dismissal = sanction(REINSTATED, SanctionType.DISMISSAL, 0, LocalDate.of(2025, 3, 1));
        events.person(dismissal);
        events.person(new Dismissed(REINSTATED, LocalDate.of(2025, 3, 1), decree(), true));
        events.person(new SanctionRevoked(REINSTATED, dismissal.sanctionId(), LocalDate.of(2025, 8, 1), "PTUN",
                decree()));

        candidate(events, RETIRED, Rank.III_A, LocalDate.of(2019, 1, 1), Education.BACHELOR);
        events.person(new Retired(RETIRED, LocalDate.of(2026, 1, 1), decree()));
        events.person(registered(CONTRACT, EmploymentType.PPPK, null, Education.BACHELOR));
        events.person(registered(CANDIDATE, EmploymentType.CPNS, Rank.III_A, Education.BACHELOR));

        ReportsCaughtUp.waitFor(processing, eventStore);
    }

    @Test
    void aPnsWhoMeetsEveryRuleIsEligibleForTheNextRank() {
        List<Map<String, Object>> candidates = candidates(report("2026-04-01"));

        assertThat(candidate(candidates, ELIGIBLE)).containsEntry("eligible", true).containsEntry("rank", "III/a")
                .containsEntry("targetRank", "III/b").containsEntry("rankSince", "2021-04-01")
                .containsEntry("unit", UNIT).containsEntry("education", "BACHELOR")
                .containsEntry("reasons", List.of());
        assertThat(candidate(candidates, CONFIRMED)).containsEntry("eligible", true)
                .containsEntry("targetRank", "II/d");
    }

    @Test
    void eachIneligiblePnsIsGivenTheRuleItFailsWithItsFacts() {
        List<Map<String, Object>> candidates = candidates(report("2026-04-01"));

        assertThat(onlyReason(candidates, TOO_RECENT)).containsEntry("code", "PROMOTION_MIN_YEARS_IN_RANK")
                .containsEntry("facts", Map.of("rankSince", "2023-01-01", "effectiveDate", "2026-04-01",
                        "eligibleFrom", "2027-01-01"));
        assertThat(onlyReason(candidates, WEAK_PREDICATES)).containsEntry("code", "PROMOTION_PREDICATES_BELOW_BAIK")
                .containsEntry("facts", Map.of("annualPredicates", Map.of("2024", "BAIK", "2025", "-")));
        // the same facts the command side refuses with: the sanction named
        assertThat(onlyReason(candidates, SANCTIONED)).containsEntry("code", "PROMOTION_SANCTION_IN_FORCE")
                .extracting(reason -> (Map<String, Object>) reason.get("facts")).asInstanceOf(MAP)
                .containsEntry("effectiveDate", "2026-04-01").containsEntry("sanctionEndsOn", "2026-10-01")
                .containsEntry("sanctionType", "ALLOWANCE_CUT").containsEntry("sanctionLevel", "MEDIUM")
                .containsEntry("sanctionFrom", "2025-10-01").containsKey("sanctionId");
        assertThat(onlyReason(candidates, AT_CEILING)).containsEntry("code", "PROMOTION_ABOVE_EDUCATION_CEILING")
                .containsEntry("facts", Map.of("education", "SENIOR_HIGH", "ceiling", "III/b", "targetRank", "III/c",
                        "policyVersion", "PerBKN-4-2023/PP-99-2000"));
        assertThat(onlyReason(candidates, NO_EDUCATION)).containsEntry("code", "PROMOTION_EDUCATION_UNKNOWN");
        assertThat(candidate(candidates, TOO_RECENT)).containsEntry("eligible", false);
    }

    @Test
    void revokedDecisionsAreUndoneAndAnAnnulledDismissalReinstates() {
        List<Map<String, Object>> candidates = candidates(report("2026-04-01"));

        assertThat(candidate(candidates, PROMOTION_REVOKED)).containsEntry("rank", "III/a")
                .containsEntry("rankSince", "2020-10-01").containsEntry("eligible", true);
        assertThat(candidate(candidates, REINSTATED)).containsEntry("rank", "III/c");
    }

    @Test
    void onlyActivePnsAreListed() {
        assertThat(candidates(report("2026-04-01"))).extracting(candidate -> candidate.get("nip"))
                .contains(CONFIRMED.value(), REINSTATED.value())
                .doesNotContain(RETIRED.value(), CONTRACT.value(), CANDIDATE.value());
    }

    @Test
    void theReasonsAreWordedInTheReadersLanguage() {
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

        Map<String, Object> inEnglish = http.exchange("/api/v1/reports/promotion-eligibility?date=2026-04-01",
                HttpMethod.GET, new HttpEntity<>(english), Map.class).getBody();

        assertThat(onlyReason(candidates(inEnglish), TOO_RECENT)).containsEntry("message",
                "Less than 4 years in rank: held since 2023-01-01, eligible from 2027-01-01");
        assertThat(onlyReason(candidates(report("2026-04-01")), TOO_RECENT)).containsEntry("message",
                "Masa kerja dalam golongan belum 4 tahun: golongan sejak 2023-01-01, baru memenuhi pada 2027-01-01");
    }

    @Test
    void withoutADateTheReportIsForTheNextPromotionDateAfterToday() {
        LocalDate today = LocalDate.now(clock);
        LocalDate expected = PromotionPolicy.defaults().nextDateAfter(today);

        Map<String, Object> report = http.getForObject("/api/v1/reports/promotion-eligibility", Map.class);

        assertThat(report).containsEntry("date", expected.toString())
                .containsEntry("policyVersion", "PerBKN-4-2023/PP-99-2000")
                .containsEntry("promotionDates", List.of("02-01", "04-01", "06-01", "08-01", "10-01", "12-01"));
        assertThat(expected).isAfter(today).isBeforeOrEqualTo(today.plusMonths(2));
    }

    @Test
    void aDayThatIsNoPromotionDateIsABadRequestNamingTheDates() {
        var response = http.getForEntity("/api/v1/reports/promotion-eligibility?date=2026-03-01", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("code", "PROMOTION_DATE_NOT_ALLOWED")
                .containsEntry("detail", "Tanggal 2026-03-01 bukan periode kenaikan pangkat (02-01, 04-01, 06-01, "
                        + "08-01, 10-01, 12-01; kebijakan PerBKN-4-2023/PP-99-2000)");
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("date");
    }

    @Test
    void aMalformedDateIsABadRequest() {
        var response = http.getForEntity("/api/v1/reports/promotion-eligibility?date=1-4-2026", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    private Map<String, Object> report(String date) {
        return http.getForObject("/api/v1/reports/promotion-eligibility?date=" + date, Map.class);
    }

    private static List<Map<String, Object>> candidates(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("civilServants");
    }

    private static Map<String, Object> candidate(List<Map<String, Object>> candidates, Nip nip) {
        return candidates.stream().filter(candidate -> nip.value().equals(candidate.get("nip"))).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> onlyReason(List<Map<String, Object>> candidates, Nip nip) {
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) candidate(candidates, nip).get("reasons");
        assertThat(reasons).hasSize(1);
        return reasons.get(0);
    }

    /** A PNS in the unit with Baik or better in 2024 and 2025. */
    private static void candidate(ReportEvents events, Nip nip, Rank rank, LocalDate rankSince, Education education) {
        events.person(pns(nip, "Pegawai " + nip.value().substring(15), UNIT, rank, rankSince, education));
        grades(events, nip);
    }

    private static void grades(ReportEvents events, Nip nip) {
        events.person(annual(nip, 2024, Predicate.BAIK));
        events.person(annual(nip, 2025, Predicate.SANGAT_BAIK));
    }

    private static CivilServantRegistered registered(Nip nip, EmploymentType type, Rank rank, Education education) {
        return new CivilServantRegistered(nip, "Pegawai " + nip.value().substring(15), type, rank,
                rank == null ? null : LocalDate.of(2019, 1, 1), education, UNIT, "Pranata", LocalDate.of(2019, 1, 1));
    }

    private static SanctionImposed sanction(Nip nip, SanctionType type, int months, LocalDate from) {
        return new SanctionImposed(nip, UUID.randomUUID(), type, type.level(), months, from, from.plusMonths(months),
                decree(), List.of(ReportEvents.EVALUATOR));
    }

    private static Decree decree() {
        return new Decree("800/" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2025, 1, 2));
    }
}
