package id.jejak.launcher;

import id.jejak.kernel.Decree;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.promotion.PromotionGranted;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same cases through every caller of the regular-promotion rules: the command side's refusal of a proposal,
 * HR's eligibility report for the promotion date, and the findings on a promotion granted anyway (written straight
 * to the store, as a migration or a bug might). All three name the same failed rules, or none.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class PromotionRulesAgreeTest {

    private static final String TMT = "2026-04-01";
    private static final String EVALUATOR = "197501012000031001";
    private static final Set<String> RULES_ALL_CHECK = Set.of("PROMOTION_MIN_YEARS_IN_RANK",
            "PROMOTION_PREDICATES_BELOW_BAIK", "PROMOTION_SANCTION_IN_FORCE");

    /** A PNS in III/a with a bachelor's degree, proposed for III/b on the TMT. */
    private record Case(String nip, String rankSince, String behaviour2025, boolean sanctioned) {
    }

    private static final Map<String, Case> CASES = Map.of(
            "eligible", new Case("198501012010011001", "2021-04-01", "AS_EXPECTED", false),
            "too recent in rank", new Case("198502022010021002", "2023-01-01", "AS_EXPECTED", false),
            "2025 below Baik", new Case("198503032010031003", "2021-04-01", "BELOW_EXPECTATION", false),
            "sanction in force", new Case("198504042010041004", "2021-04-01", "AS_EXPECTED", true),
            "all three", new Case("198505052010051005", "2023-01-01", "BELOW_EXPECTATION", true));

    @TempDir
    Path dataDirectory;

    @Test
    void theCommandSideTheReportAndTheFindingsFailTheSameRules() {
        try (JejakLauncher.Running jejak = JejakLauncher.start("--server.port=0",
                "--jejak.embedded-postgres.data-directory=" + dataDirectory.resolve("postgres"),
                "--jejak.security.demo.password-cost=4")) {
            var commands = client(jejak.commandSidePort());
            var queries = client(jejak.querySidePort());
            Map<String, Set<String>> refused = new HashMap<>();
            Map<String, String> proposals = new HashMap<>();
            CASES.forEach((name, each) -> {
                record(commands, each);
                ResponseEntity<Map> proposal = post(commands, "/api/v1/civil-servants/" + each.nip() + "/promotions",
                        Map.of("targetRank", "III/b", "effectiveDate", TMT), "hr");
                refused.put(name, proposal.getStatusCode() == HttpStatus.CREATED ? Set.of()
                        : new TreeSet<>((List<String>) ((Map) proposal.getBody().get("facts")).get("failedRules")));
                proposals.put(name, (String) proposal.getBody().get("proposalId"));
            });

            assertThat(refused).containsEntry("eligible", Set.of())
                    .containsEntry("too recent in rank", Set.of("PROMOTION_MIN_YEARS_IN_RANK"))
                    .containsEntry("2025 below Baik", Set.of("PROMOTION_PREDICATES_BELOW_BAIK"))
                    .containsEntry("sanction in force", Set.of("PROMOTION_SANCTION_IN_FORCE"))
                    .containsEntry("all three", RULES_ALL_CHECK);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> CASES.forEach((name, each) ->
                    assertThat(reported(queries, each.nip())).as(name).isEqualTo(refused.get(name))));

            EventStore store = jejak.commandSide().getBean(EventStore.class);
            JdbcClient database = JdbcClient.create(jejak.querySide().getBean(DataSource.class));
            CASES.forEach((name, each) -> {
                if (refused.get(name).isEmpty()) {
                    assertThat(post(commands, "/api/v1/civil-servants/" + each.nip() + "/promotions/"
                            + proposals.get(name) + "/grant", Map.of("decree", Map.of("number", "823/KP/2026",
                            "date", "2026-03-20")), "approver").getStatusCode()).isEqualTo(HttpStatus.CREATED);
                } else {
                    grantAnyway(store, database, each.nip());
                }
            });
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> CASES.forEach((name, each) -> {
                assertThat(database.sql("select count(*) from query.findings_promotion where nip = ?")
                        .param(each.nip()).query(Long.class).single()).as(name).isEqualTo(1L);
                assertThat(found(queries, each.nip())).as(name).isEqualTo(refused.get(name));
            }));
        }
    }

    private static void record(TestRestTemplate commands, Case each) {
        String person = "/api/v1/civil-servants/" + each.nip();
        assertThat(post(commands, "/api/v1/civil-servants", Map.of("nip", each.nip(), "fullName", "Rudi Hartono",
                "employmentType", "PNS", "rank", "III/a", "rankSince", each.rankSince(), "education", "BACHELOR",
                "workUnit", "Dinas Sosial", "position", "Penyuluh Sosial", "effectiveDate", each.rankSince()), "hr")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        for (int year : new int[]{2024, 2025}) {
            assertThat(post(commands, person + "/evaluations", Map.of("kind", "ANNUAL", "year", year,
                    "periodStart", year + "-01-01", "periodEnd", year + "-12-31", "evaluator", EVALUATOR,
                    "workResult", "AS_EXPECTED", "workBehaviour", year == 2025 ? each.behaviour2025() : "AS_EXPECTED"),
                    "hr").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        if (each.sanctioned()) {
            assertThat(post(commands, person + "/sanctions", Map.of("type", "ALLOWANCE_CUT", "months", 6,
                    "effectiveDate", "2025-12-01", "examinationTeam", List.of(EVALUATOR),
                    "decree", Map.of("number", "862/HD/2025", "date", "2025-11-28")), "approver")
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
    }

    /** A promotion the command side refused, written to the person's stream as if it had been granted. */
    private static void grantAnyway(EventStore store, JdbcClient database, String nip) {
        long next = database.sql("select max(sequence_number) + 1 from eventstore.domain_event_entry"
                + " where aggregate_identifier = ?").param(nip).query(Long.class).single();
        LocalDate tmt = LocalDate.parse(TMT);
        store.publish(new GenericDomainEventMessage<>("CivilServant", nip, next, new PromotionGranted(Nip.of(nip),
                UUID.randomUUID(), Rank.III_A, Rank.III_B, tmt, new Decree("823/KP/2026", tmt.minusDays(12)), "hr",
                "approver", null), MetaData.with(EventMetadata.ACTOR_ID, "approver")));
    }

    private static Set<String> reported(TestRestTemplate queries, String nip) {
        List<Map> people = (List<Map>) get(queries, "/api/v1/reports/promotion-eligibility?date=" + TMT, "hr")
                .get("civilServants");
        return people.stream().filter(person -> nip.equals(person.get("nip")))
                .flatMap(person -> ((List<Map>) person.get("reasons")).stream())
                .map(reason -> (String) reason.get("code")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> found(TestRestTemplate queries, String nip) {
        List<Map> findings = (List<Map>) get(queries, "/api/v1/findings?nip=" + nip, "auditor").get("findings");
        return findings.stream().map(finding -> (String) finding.get("ruleCode")).filter(RULES_ALL_CHECK::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map get(TestRestTemplate client, String path, String user) {
        return client.withBasicAuth(user, "demo").getForObject(path, Map.class);
    }

    private static ResponseEntity<Map> post(TestRestTemplate client, String path, Object body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private static TestRestTemplate client(int port) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    }
}
