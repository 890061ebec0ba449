package id.jejak.command.idempotency;

import id.jejak.command.CommandSideTest;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A command sent again with the same Idempotency-Key is recorded once: the repeat gets the first answer back; the
 * key with another body is refused; two requests racing with one key never both send the command.
 */
@CommandSideTest
class IdempotencyTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyConfiguration.Retention retention;
    @Autowired
    CommandGateway gateway;

    @Test
    void keysClaimedLongerAgoThanTheyAreKeptForAreForgottenAndYoungerOnesKept() {
        String actor = "retention." + UUID.randomUUID();
        for (int daysAgo : List.of(8, 6)) {
            jdbc.sql("""
                            insert into idempotency_key (actor_id, idempotency_key, request_hash, response_status,
                                                         created_at, completed_at)
                            values (?, ?, repeat('0', 64), 201, now() - make_interval(days => ?),
                                    now() - make_interval(days => ?))""")
                    .params(actor, daysAgo + "-days", daysAgo, daysAgo).update();
        }

        retention.forgetExpiredKeys();

        assertThat(jdbc.sql("select idempotency_key from idempotency_key where actor_id = ?").param(actor)
                .query(String.class).list()).containsExactly("6-days");
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstAnswerWithoutASecondEvent() {
        String key = UUID.randomUUID().toString();
        String body = registration("199001012015011001");

        ResponseEntity<String> first = post(body, key, "hr");
        long afterFirst = storedEvents();
        ResponseEntity<String> repeat = post(body, key, "hr");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getBody()).isEqualTo(first.getBody());
        assertThat(repeat.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(repeat.getHeaders().getContentType()).isEqualTo(first.getHeaders().getContentType());
        assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(afterFirst);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessableAndRecordsNothing() {
        String key = UUID.randomUUID().toString();
        post(registration("199002022015011002"), key, "hr");
        long before = storedEvents();

        ResponseEntity<String> other = post(registration("199003032015011003"), key, "hr");

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(other.getBody()).contains("\"code\":\"IDEMPOTENCY_KEY_REUSED\"");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aKeyBelongsToTheActorWhoSentIt() {
        String key = UUID.randomUUID().toString();
        post(registration("199004042015011004"), key, "hr");

        ResponseEntity<String> byAnother = post(registration("199005052015011005"), key, "hr.dinkes");

        // hr.dinkes's own use of the key: refused by the unit rule, not as a reuse of hr's key
        assertThat(byAnother.getBody()).contains("OUTSIDE_ACTOR_UNITS");
    }

    @Test
    void aRefusalIsAnsweredTheSameWhenRepeated() {
        String key = UUID.randomUUID().toString();
        String body = registration("199006062015011006").replace("\"2020-01-02\"", "\"2014-01-02\"");

        ResponseEntity<String> first = post(body, key, "hr");
        ResponseEntity<String> repeat = post(body, key, "hr");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(repeat.getBody()).isEqualTo(first.getBody()).contains("REGISTRATION_BEFORE_APPOINTMENT");
    }

    @Test
    void requestsRacingWithOneKeyRecordTheCommandOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"Bimtek SIASN\",\"kind\":\"SEMINAR\",\"organiser\":\"BKN\","
                + "\"plannedLessonHours\":4,\"startDate\":\"2025-06-02\"}";
        String nip = "199007072015011007";
        post(registration(nip), UUID.randomUUID().toString(), "hr");
        long before = storedEvents();
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            answers.add(threads.submit((Callable<ResponseEntity<String>>) () -> {
                start.await();
                return post("/api/v1/civil-servants/" + nip + "/trainings", body, key, "hr");
            }));
        }
        start.countDown();
        List<ResponseEntity<String>> results = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            results.add(answer.get());
        }
        threads.shutdown();

        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(results).allSatisfy(result -> assertThat(result.getStatusCode().value()).isIn(201, 409));
        assertThat(results).filteredOn(result -> result.getStatusCode().value() == 409)
                .allSatisfy(result -> assertThat(result.getBody()).contains("IDEMPOTENCY_KEY_IN_USE"));
        assertThat(results.stream().filter(result -> result.getStatusCode().value() == 201)
                .map(ResponseEntity::getBody).distinct()).hasSize(1);
    }

    @Test
    void aKeyLeftUnansweredByAStoppedNodeIsTakenOverOnceItsClaimIsTenSecondsOld() {
        String nip = "199007072015011017";
        post(registration(nip), UUID.randomUUID().toString(), "hr");
        String path = "/api/v1/civil-servants/" + nip + "/trainings";
        String body = training("Bimtek Arsip");
        String first = UUID.randomUUID().toString();
        assertThat(post(path, body, first, "hr").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String recent = claimLeftBehind(first, "3 seconds", false);
        String abandoned = claimLeftBehind(first, "11 seconds", false);
        long before = storedEvents();

        ResponseEntity<String> waiting = post(path, body, recent, "hr");
        ResponseEntity<String> takenOver = post(path, body, abandoned, "hr");

        assertThat(waiting.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(waiting.getBody()).contains("IDEMPOTENCY_KEY_IN_USE");
        assertThat(waiting.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(takenOver.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aKeyWhoseCommandWasCommittedButNeverAnsweredIsNeverRecordedAgain() {
        String nip = "199007072015011027";
        post(registration(nip), UUID.randomUUID().toString(), "hr");
        String path = "/api/v1/civil-servants/" + nip + "/trainings";
        String body = training("Bimtek Kearsipan");
        String first = UUID.randomUUID().toString();
        post(path, body, first, "hr");
        String committed = claimLeftBehind(first, "1 minute", true);
        long before = storedEvents();

        ResponseEntity<String> retry = post(path, body, committed, "hr");

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(retry.getBody()).contains("IDEMPOTENCY_KEY_ALREADY_RECORDED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCommandSentUnderAKeyMarksItCommittedInItsOwnTransaction() {
        String key = UUID.randomUUID().toString();

        post(registration("199007072015011037"), key, "hr");

        assertThat(jdbc.sql("select committed_at is not null from idempotency_key where actor_id = 'hr' "
                + "and idempotency_key = ?").param(key).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aSecondExecutionUnderACommittedKeyIsRolledBack() {
        String key = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into idempotency_key (actor_id, idempotency_key, request_hash, created_at, committed_at)
                        values ('hr', ?, repeat('0', 64), now(), now())""").param(key).update();
        long before = storedEvents();

        assertThatThrownBy(() -> gateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new RegisterCivilServant(Nip.of("199007072015011047"), "Dewi Lestari", EmploymentType.PNS,
                                Rank.ofCode("III/a"), null, null, "Dinas Pendidikan", "Guru",
                                java.time.LocalDate.of(2020, 1, 2)))
                .andMetaData(new IdempotentCommit.Claim("hr", key).metadata())))
                .isInstanceOf(RuleViolation.class)
                .satisfies(failure -> assertThat(((RuleViolation) failure).details().code())
                        .isEqualTo("IDEMPOTENCY_KEY_ALREADY_RECORDED"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** A copy of the first request's claim under a new key, as a node that stopped mid-request leaves it. */
    private String claimLeftBehind(String firstKey, String age, boolean committed) {
        String key = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into idempotency_key (actor_id, idempotency_key, request_hash, created_at, committed_at)
                        select actor_id, ?, request_hash, now() - cast(? as interval),
                               case when ? then now() end
                        from idempotency_key where actor_id = 'hr' and idempotency_key = ?""")
                .params(key, age, committed, firstKey).update();
        return key;
    }

    private static String training(String title) {
        return "{\"title\":\"" + title + "\",\"kind\":\"SEMINAR\",\"organiser\":\"BKN\","
                + "\"plannedLessonHours\":4,\"startDate\":\"2025-06-02\"}";
    }

    @Test
    void aKeyThatIsNoKeyIsABadRequest() {
        ResponseEntity<String> response = post(registration("199008082015011008"), "not a key!", "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("IDEMPOTENCY_KEY_INVALID");
    }

    private ResponseEntity<String> post(String body, String key, String user) {
        return post("/api/v1/civil-servants", body, key, user);
    }

    private ResponseEntity<String> post(String path, String body, String key, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        headers.set("Idempotency-Key", key);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static String registration(String nip) {
        return """
                {"nip":"%s","fullName":"Dewi Lestari","employmentType":"PNS","rank":"III/a",
                 "workUnit":"Dinas Pendidikan","position":"Guru Ahli Pertama","effectiveDate":"2020-01-02"}"""
                .formatted(nip);
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }
}
