package id.jejak.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Career decisions through HTTP, as HR and approving officials take them one after the other, each signed in as
 * themselves: four eyes by role for promotions, and between two approving officials for a heavy sanction.
 */
@CommandSideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class CareerDecisionsApiTest {

    private static final String NIP = "198804042012031001";
    private static final String EVALUATOR = "197501012000031001";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPromotionProposedByHrIsGrantedOnlyByAnApprovingOfficialAndKeepsTheFactsItWasCheckedOn() throws Exception {
        registerEligiblePns(NIP);
        String proposal = (String) post("/api/v1/civil-servants/" + NIP + "/promotions",
                Map.of("targetRank", "III/b", "effectiveDate", "2026-04-01"), "hr").getBody().get("proposalId");
        Map<String, Object> grant = Map.of("decree", Map.of("number", "823/KP/2026", "date", "2026-03-20"));

        ResponseEntity<Map> byProposer = post("/api/v1/civil-servants/" + NIP + "/promotions/" + proposal + "/grant",
                grant, "hr");
        ResponseEntity<Map> byOfficial = post("/api/v1/civil-servants/" + NIP + "/promotions/" + proposal + "/grant",
                grant, "approver");

        assertThat(byProposer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byProposer.getBody()).containsEntry("code", "ACCESS_DENIED");
        assertThat(byOfficial.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode granted = lastEvent(NIP, "payload");
        assertThat(granted.get("fromRank").asText()).isEqualTo("III/a");
        assertThat(granted.get("toRank").asText()).isEqualTo("III/b");
        assertThat(granted.get("proposedBy").asText()).isEqualTo("hr");
        assertThat(granted.get("approvedBy").asText()).isEqualTo("approver");
        assertThat(granted.at("/decree/number").asText()).isEqualTo("823/KP/2026");
        assertThat(granted.at("/eligibility/rankSince").asText()).isEqualTo("2021-04-01");
        assertThat(granted.at("/eligibility/annualPredicates/2025").asText()).isEqualTo("BAIK");
        assertThat(granted.at("/eligibility/ceiling").asText()).isEqualTo("III/d");
        assertThat(lastEvent(NIP, "meta_data").get("legalBasis").asText()).isEqualTo("823/KP/2026 (2026-03-20)");
        assertThat(lastEvent(NIP, "meta_data").get("actorRole").asText()).isEqualTo("APPROVING_OFFICIAL");
    }

    @Test
    void aHeavySanctionProposedByOneOfficialIsImposedOnlyByAnother() throws Exception {
        String nip = "199309092017031006";
        registerEligiblePns(nip);
        String proposal = (String) post("/api/v1/civil-servants/" + nip + "/sanctions/proposals", Map.of(
                "type", "DEMOTION", "months", 12, "effectiveDate", "2025-01-02",
                "examinationTeam", List.of(EVALUATOR)), "approver").getBody().get("proposalId");
        Map<String, Object> imposition = Map.of("type", "DEMOTION", "months", 12, "effectiveDate", "2025-01-02",
                "decree", Map.of("number", "862/HD/2025", "date", "2024-12-30"), "proposalId", proposal);
        long before = storedEvents();

        ResponseEntity<Map> byProposer = post("/api/v1/civil-servants/" + nip + "/sanctions", imposition, "approver");
        ResponseEntity<Map> byHr = post("/api/v1/civil-servants/" + nip + "/sanctions", imposition, "hr");
        assertThat(storedEvents()).isEqualTo(before);
        ResponseEntity<Map> byAnother = post("/api/v1/civil-servants/" + nip + "/sanctions", imposition, "approver2");

        assertThat(byProposer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(byProposer.getBody()).containsEntry("code", "FOUR_EYES_PROPOSER_CANNOT_DECIDE");
        assertThat(byHr.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byAnother.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode imposed = lastEvent(nip, "payload");
        assertThat(imposed.get("proposedBy").asText()).isEqualTo("approver");
        assertThat(imposed.get("approvedBy").asText()).isEqualTo("approver2");
        assertThat(imposed.get("examinationTeam").get(0).asText()).isEqualTo(EVALUATOR);
    }

    @Test
    void aHeavySanctionWithoutAProposalIsRefused() {
        String nip = "199410102018031007";
        registerEligiblePns(nip);

        ResponseEntity<Map> response = post("/api/v1/civil-servants/" + nip + "/sanctions", Map.of(
                "type", "DISMISSAL", "months", 0, "effectiveDate", "2025-01-02", "examinationTeam", List.of(EVALUATOR),
                "decree", Map.of("number", "862/HD/2025", "date", "2024-12-30")), "approver");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).containsEntry("code", "HEAVY_SANCTION_PROPOSAL_REQUIRED");
    }

    @Test
    void aRefusedPromotionNamesEveryRuleItFailsAndWritesNothing() {
        String nip = "198905052013031002";
        registerEligiblePns(nip);
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/civil-servants/" + nip + "/promotions",
                Map.of("targetRank", "III/c", "effectiveDate", "2026-03-01"), "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).containsEntry("code", "PROMOTION_DATE_NOT_ALLOWED");
        assertThat((List<String>) ((Map) response.getBody().get("facts")).get("failedRules"))
                .containsExactly("PROMOTION_DATE_NOT_ALLOWED", "PROMOTION_NOT_NEXT_RANK");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRefusedPromotionExplainsEachFailedRuleInTheReadersLanguage() {
        String nip = "199511112019032008";
        assertThat(post("/api/v1/civil-servants", Map.of("nip", nip, "fullName", "Sari Lubis",
                "employmentType", "PNS", "rank", "III/a", "rankSince", "2021-04-01", "education", "BACHELOR",
                "workUnit", "Dinas Sosial", "position", "Penyuluh Sosial", "effectiveDate", "2021-04-01"),
                "hr").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/v1/civil-servants/" + nip + "/sanctions", Map.of("type", "ALLOWANCE_CUT",
                "months", 6, "effectiveDate", "2026-01-02", "examinationTeam", List.of(EVALUATOR),
                "decree", Map.of("number", "862/HD/2025", "date", "2025-12-30")), "approver")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> proposal = Map.of("targetRank", "III/c", "effectiveDate", "2026-04-01");

        ResponseEntity<Map> indonesian = post("/api/v1/civil-servants/" + nip + "/promotions", proposal, "hr");
        ResponseEntity<Map> english = post("/api/v1/civil-servants/" + nip + "/promotions", proposal, "hr", "en");

        assertThat((List<String>) ((Map) indonesian.getBody().get("facts")).get("failedRules")).containsExactly(
                "PROMOTION_NOT_NEXT_RANK", "PROMOTION_PREDICATES_BELOW_BAIK", "PROMOTION_SANCTION_IN_FORCE");
        assertThat(indonesian.getBody()).containsEntry("title", "Kenaikan pangkat reguler ditolak");
        assertThat((String) indonesian.getBody().get("detail"))
                .contains("dari III/a ke III/b, bukan III/c", "2024: tidak ada, 2025: tidak ada",
                        "pemotongan tunjangan kinerja")
                .doesNotContain("ALLOWANCE_CUT", "{", "=");
        assertThat(english.getBody()).containsEntry("title", "Regular promotion refused");
        assertThat((String) english.getBody().get("detail"))
                .contains("from III/a to III/b, not III/c", "2024: none, 2025: none", "performance allowance cut")
                .doesNotContain("ALLOWANCE_CUT", "{", "=");
    }

    @Test
    void aHeavySanctionWithoutAnExaminationTeamIsRefused() {
        String nip = "199006062014031003";
        registerEligiblePns(nip);

        ResponseEntity<Map> response = post("/api/v1/civil-servants/" + nip + "/sanctions/proposals", Map.of(
                "type", "DEMOTION", "months", 12, "effectiveDate", "2025-01-02"), "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).containsEntry("code", "EXAMINATION_TEAM_REQUIRED");
    }

    @Test
    void aRetiredCivilServantTakesNoNewDecisionsButCanBeCorrected() {
        String nip = "199107072015031004";
        registerEligiblePns(nip);
        Map<String, Object> decree = Map.of("number", "881/PENS/2026", "date", "2026-01-05");
        assertThat(post("/api/v1/civil-servants/" + nip + "/retirement",
                Map.of("effectiveDate", "2026-02-01", "decree", decree), "hr").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> placement = post("/api/v1/civil-servants/" + nip + "/placements", Map.of(
                "kind", "SUPERVISOR", "title", "Kepala Seksi", "workUnit", "Dinas Sosial",
                "effectiveDate", "2026-03-01", "decree", decree), "hr");
        ResponseEntity<Map> correction = post("/api/v1/civil-servants/" + nip + "/identity-corrections", Map.of(
                "fullName", "Rudi Hartono Siregar", "effectiveDate", "2026-03-01",
                "decree", Map.of("number", "BKN-12/2026", "date", "2026-02-20"), "reason", "salah ketik nama"),
                "hr");

        assertThat(placement.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(placement.getBody()).containsEntry("code", "CIVIL_SERVANT_NOT_ACTIVE");
        assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aPredicateCannotBeTypedIn() {
        String nip = "199208082016031005";
        registerEligiblePns(nip);
        Map<String, Object> evaluation = new HashMap<>(annualEvaluation(2025));
        evaluation.put("predicate", "SANGAT_BAIK");

        ResponseEntity<Map> response = post("/api/v1/civil-servants/" + nip + "/evaluations", evaluation, "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "FIELD_UNKNOWN");
    }

    /** The corrections and revocations, each without its reason; the path names things no validation reaches. */
    static Stream<Arguments> unexplainedCorrections() {
        String person = "/api/v1/civil-servants/" + NIP;
        String someId = "7f9c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
        Map<String, Object> decree = Map.of("number", "800/REV/2026", "date", "2026-01-30");
        return Stream.of(
                Arguments.of(person + "/identity-corrections", "hr", Map.of("fullName", "Rudi Hartono Siregar",
                        "effectiveDate", "2026-03-01", "decree", decree)),
                Arguments.of(person + "/evaluations/" + someId + "/corrections", "hr", Map.of("correctedEventId",
                        someId, "workResult", "AS_EXPECTED", "workBehaviour", "AS_EXPECTED",
                        "authority", "Tim Penilai Kinerja")),
                Arguments.of(person + "/sanctions/" + someId + "/revocation", "approver", Map.of(
                        "effectiveDate", "2026-02-01", "authority", "Badan Pertimbangan ASN", "decree", decree)),
                Arguments.of(person + "/revocations", "approver", Map.of("eventId", someId,
                        "effectiveDate", "2026-02-01", "authority", "PPK", "decree", decree)),
                Arguments.of("/api/v1/work-units/DINSOS/organisation-performance/2024/corrections", "hr", Map.of(
                        "predicate", "BAIK", "correctedEventId", someId, "authority", "SK Bupati 800/45/2025")));
    }

    /** A correction or a revocation changes or undoes what was recorded, so it must say why. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unexplainedCorrections")
    void aCorrectionOrRevocationWithoutAReasonIsABadRequestNamingTheField(String path, String user, Object body) {
        long before = storedEvents();

        ResponseEntity<Map> response = post(path, body, user);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", "reason"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    private void registerEligiblePns(String nip) {
        assertThat(post("/api/v1/civil-servants", Map.of("nip", nip, "fullName", "Rudi Hartono",
                "employmentType", "PNS", "rank", "III/a", "rankSince", "2021-04-01", "education", "BACHELOR",
                "workUnit", "Dinas Sosial", "position", "Penyuluh Sosial", "effectiveDate", "2021-04-01"),
                "hr").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        for (int year : new int[]{2024, 2025}) {
            assertThat(post("/api/v1/civil-servants/" + nip + "/evaluations", annualEvaluation(year), "hr")
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
    }

    private static Map<String, Object> annualEvaluation(int year) {
        return Map.of("kind", "ANNUAL", "year", year, "periodStart", year + "-01-01", "periodEnd", year + "-12-31",
                "evaluator", EVALUATOR, "workResult", "AS_EXPECTED", "workBehaviour", "AS_EXPECTED");
    }

    private JsonNode lastEvent(String nip, String column) throws Exception {
        String json = jdbc.sql("select " + column + "::text from eventstore.event_log where aggregate_identifier = ?"
                        + " order by sequence_number desc limit 1")
                .param(nip).query(String.class).single();
        return new ObjectMapper().readTree(json);
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }

    private ResponseEntity<Map> post(String path, Object body, String user) {
        return post(path, body, user, "id");
    }

    private ResponseEntity<Map> post(String path, Object body, String user, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }
}
