package id.jejak.query.findings;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.findings.Histories.granted;
import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static id.jejak.query.findings.Histories.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideTest
@SuppressWarnings("unchecked")
class FindingsApiTest {

    private static final LocalDate ASKED_ON = LocalDate.of(2026, 6, 1);

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
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
    FindingsChecker checker;

    Histories histories;

    @BeforeEach
    void setUp() {
        histories = new Histories(eventStore, jdbc);
    }

    /**
     * A unit's findings for a year read only the facts that can make that year's findings, yet they are the unit's
     * findings from the whole histories, of that year; people moved in and out of the unit on the way.
     */
    @Test
    void aUnitsYearHasTheFindingsOfThatYearFromTheWholeHistories() {
        String unit = newUnit();
        String elsewhere = newUnit();
        Nip stayed = newNip();
        Nip moved = newNip();
        histories.register(stayed, Rank.III_A, LocalDate.of(2021, 1, 1), unit, LocalDate.of(2021, 1, 1));
        histories.append(new TrainingCompleted(stayed, UUID.randomUUID(), LessonHours.of(8), LocalDate.of(2023, 2, 1),
                "SERT-1"));
        // predicates below Baik recorded early in 2024, and no coaching planned for them
        histories.append(Histories.annual(stayed, 2023, Predicate.KURANG), Instant.parse("2024-01-10T03:00:00Z"));
        histories.append(placed(stayed, unit, LocalDate.of(2023, 9, 1)));
        // 31 days late in Jakarta, and 30 days late, the tolerance: one found, the other not
        Instant late = Instant.parse("2023-05-31T20:00:00Z");
        Instant inTime = Instant.parse("2023-07-31T16:00:00Z");
        var found = histories.append(placed(stayed, unit, LocalDate.of(2023, 5, 1)), late);
        var tolerated = histories.append(placed(stayed, unit, LocalDate.of(2023, 7, 1)), inTime);
        histories.awaitRead(tolerated);
        histories.register(moved, Rank.III_A, LocalDate.of(2021, 1, 1), elsewhere, LocalDate.of(2021, 1, 1));
        histories.append(placed(moved, unit, LocalDate.of(2022, 3, 1)));
        histories.append(Histories.annual(moved, 2023, Predicate.BUTUH_PERBAIKAN),
                Instant.parse("2024-01-10T03:00:00Z"));
        histories.awaitRead(histories.append(placed(moved, elsewhere, LocalDate.of(2024, 2, 1))));
        histories.awaitStored("findings_organisation_predicate",
                histories.organisationPredicate(unit, 2023, OrganisationPredicate.BUTUH_PERBAIKAN));

        for (int year = 2021; year <= 2025; year++) {
            int judged = year;
            List<DetectedFinding> ofTheYear = checker.findings(new FindingFilter(null, null, unit, year), ASKED_ON);
            List<DetectedFinding> fromWholeHistories = checker.findings(new FindingFilter(null, null, unit, null),
                    ASKED_ON).stream().filter(finding -> Integer.valueOf(judged).equals(finding.year())).toList();

            assertThat(ofTheYear).as("%s", year).isEqualTo(fromWholeHistories);
            // and the year's findings of every unit name them as the whole register does
            assertThat(ours(checker.findings(new FindingFilter(null, null, null, year), ASKED_ON), stayed, moved))
                    .as("every unit, %s", year).isEqualTo(ours(checker.findings(new FindingFilter(null, null, null,
                            null), ASKED_ON), stayed, moved).stream()
                            .filter(finding -> Integer.valueOf(judged).equals(finding.year())).toList());
        }
        List<DetectedFinding> of2023 = checker.findings(new FindingFilter(null, null, unit, 2023), ASKED_ON);
        assertThat(of2023).extracting(DetectedFinding::ruleCode).contains(RuleCode.UNDER_20_JP,
                RuleCode.COACHING_NOT_PLANNED, RuleCode.BACKDATED_DECISION,
                RuleCode.UNDER_PERFORMER_WITHOUT_DEVELOPMENT, RuleCode.DISTRIBUTION_CURVE_BROKEN);
        assertThat(of2023).filteredOn(finding -> finding.ruleCode() == RuleCode.BACKDATED_DECISION)
                .extracting(DetectedFinding::subject).contains(found.getIdentifier())
                .doesNotContain(tolerated.getIdentifier());
    }

    private static List<DetectedFinding> ours(List<DetectedFinding> findings, Nip... people) {
        return findings.stream().filter(finding -> Arrays.stream(people)
                .anyMatch(nip -> finding.nips().contains(nip.value()))).toList();
    }

    @Test
    void aFindingNamesItsRuleEventsPeopleAndUnitWithItsMessageInIndonesianOrEnglish() {
        Nip nip = newNip();
        String unit = newUnit();
        var registration = histories.register(nip, Rank.III_A, LocalDate.of(2022, 4, 1), unit,
                LocalDate.of(2022, 4, 1));
        var grant = histories.append(granted(nip, UUID.randomUUID(), Rank.III_A, Rank.III_B,
                LocalDate.of(2024, 4, 1), "hr.siti", "kepala.bkpsdm"), "kepala.bkpsdm");
        String url = "/api/v1/findings?ruleCode=PROMOTION_MIN_YEARS_IN_RANK&nip=" + nip.value();

        Map<String, Object> page = await().atMost(Duration.ofSeconds(20))
                .until(() -> http.getForObject(url, Map.class), body -> body.get("totalFindings").equals(1));

        Map<String, Object> finding = ((List<Map<String, Object>>) page.get("findings")).get(0);
        assertThat(finding).containsEntry("ruleCode", "PROMOTION_MIN_YEARS_IN_RANK")
                .containsEntry("nips", List.of(nip.value())).containsEntry("unit", unit)
                .containsEntry("eventIds", List.of(grant.getIdentifier(), registration.getIdentifier()))
                .containsEntry("message", "Kenaikan pangkat ke III/b TMT 2024-04-01 diberikan, padahal masa kerja "
                        + "dalam golongan belum 4 tahun: golongan sejak 2022-04-01, baru memenuhi pada 2026-04-01");
        assertThat((Map<String, Object>) finding.get("facts")).containsEntry("rankSince", "2022-04-01")
                .containsEntry("eligibleFrom", "2026-04-01").containsEntry("year", 2024);

        Map<String, Object> english = english(url);
        assertThat(((List<Map<String, Object>>) english.get("findings")).get(0)).containsEntry("message",
                "Promotion to III/b with TMT 2024-04-01 granted although less than 4 years in rank: held since "
                        + "2022-04-01, eligible from 2026-04-01");
    }

    @Test
    void findingsAreFilteredByUnitInAnyLettersAndByYear() {
        Nip nip = newNip();
        String unit = newUnit();
        histories.register(nip, Rank.III_A, LocalDate.of(2022, 4, 1), unit, LocalDate.of(2022, 4, 1));
        histories.append(granted(nip, UUID.randomUUID(), Rank.III_A, Rank.III_B, LocalDate.of(2024, 4, 1),
                "hr.siti", "kepala.bkpsdm"), "kepala.bkpsdm");
        String byUnit = "/api/v1/findings?unit=" + unit.toLowerCase(Locale.ROOT);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                ruleCodes(http.getForObject(byUnit + "&year=2024", Map.class)))
                // recorded today with a TMT in 2024, the grant is backdated too
                .containsExactlyInAnyOrder("PROMOTION_MIN_YEARS_IN_RANK", "PROMOTION_PREDICATES_BELOW_BAIK",
                        "UNDER_20_JP", "BACKDATED_DECISION"));
        assertThat(ruleCodes(http.getForObject(byUnit + "&year=2023", Map.class))).containsExactly("UNDER_20_JP");
        assertThat(ruleCodes(http.getForObject(byUnit + "&year=2024&ruleCode=UNDER_20_JP", Map.class)))
                .containsExactly("UNDER_20_JP");
        assertThat(http.getForObject("/api/v1/findings?unit=" + newUnit(), Map.class))
                .containsEntry("totalFindings", 0).containsEntry("findings", List.of());
    }

    @Test
    void aUnitsFindingsNameWhoeverWasInItThenAndNobodyWhoCameLater() {
        Nip moved = newNip();
        Nip newcomer = newNip();
        String first = newUnit();
        String second = newUnit();
        histories.register(moved, Rank.III_A, LocalDate.of(2021, 1, 1), first, LocalDate.of(2021, 1, 1));
        var transfer = histories.append(placed(moved, second, LocalDate.of(2023, 1, 1)));
        var arrival = histories.register(newcomer, Rank.III_A, LocalDate.of(2023, 1, 1), first,
                LocalDate.of(2023, 1, 1));
        histories.awaitRead(transfer);
        histories.awaitRead(arrival);

        // neither has a lesson hour: a year's finding belongs to the unit the person was in on 31 December
        assertThat(findingsOf(http.getForObject("/api/v1/findings?ruleCode=UNDER_20_JP&unit=" + first, Map.class)))
                .contains(moved.value() + "/2021", moved.value() + "/2022", newcomer.value() + "/2023")
                .doesNotContain(moved.value() + "/2023");
        assertThat(findingsOf(http.getForObject("/api/v1/findings?ruleCode=UNDER_20_JP&unit=" + second, Map.class)))
                .contains(moved.value() + "/2023").doesNotContain(moved.value() + "/2022", newcomer.value() + "/2023");
    }

    private static List<String> findingsOf(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("findings")).stream()
                .map(finding -> ((List<String>) finding.get("nips")).get(0) + "/"
                        + ((Map<String, Object>) finding.get("facts")).get("year"))
                .toList();
    }

    @Test
    void findingsArePagedOldestYearFirst() {
        Nip nip = newNip();
        int thisYear = LocalDate.now(clock).getYear();
        // six whole years of service before this one, not one lesson hour in any of them
        histories.register(nip, Rank.III_A, LocalDate.of(thisYear - 6, 1, 1), newUnit(),
                LocalDate.of(thisYear - 6, 1, 1));
        String url = "/api/v1/findings?ruleCode=UNDER_20_JP&nip=" + nip.value();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.getForObject(url, Map.class))
                .containsEntry("totalFindings", 6));

        Map<String, Object> secondPage = http.getForObject(url + "&page=1&size=2", Map.class);

        assertThat(secondPage).containsEntry("page", 1).containsEntry("size", 2).containsEntry("totalFindings", 6);
        List<Map<String, Object>> findings = (List<Map<String, Object>>) secondPage.get("findings");
        assertThat(findings).extracting(finding -> ((Map<String, Object>) finding.get("facts")).get("year"))
                .containsExactly(thisYear - 4, thisYear - 3);
        assertThat(findings.get(0)).containsEntry("message", "Pengembangan kompetensi tahun " + (thisYear - 4)
                + " hanya 0 JP, kurang dari kewajiban 20 JP");
    }

    @Test
    void anUnknownRuleOrAMalformedNipIsRefused() {
        var unknownRule = http.getForEntity("/api/v1/findings?ruleCode=NO_SUCH_RULE", Map.class);
        var malformedNip = http.getForEntity("/api/v1/findings?nip=12345", Map.class);
        var pageTooLarge = http.getForEntity("/api/v1/findings?size=501", Map.class);

        assertThat(unknownRule.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownRule.getBody()).containsEntry("code", "PARAMETER_INVALID");
        assertThat(malformedNip.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformedNip.getBody()).containsEntry("code", "NIP_FORMAT");
        assertThat(pageTooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pageTooLarge.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    private Map<String, Object> english(String url) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), Map.class).getBody();
    }

    private static List<String> ruleCodes(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("findings")).stream()
                .map(finding -> (String) finding.get("ruleCode")).toList();
    }
}
