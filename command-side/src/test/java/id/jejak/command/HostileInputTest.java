package id.jejak.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of bad requests, generated from the valid example of every command endpoint (the examples of the API
 * document) and sent through HTTP to the command side on its embedded PostgreSQL: malformed JSON, wrong types,
 * unknown and duplicate fields, enum garbage, impossible dates, huge and broken texts, oversize bodies (declared and
 * chunked), path injection, wrong content types, no or wrong credentials, wrong roles, wrong methods. Every answer
 * must be a 4xx problem+json with a rule code and no stack trace, no event may be written, and afterwards the side
 * must still record a valid decision — with text that looks like SQL stored as the data it is.
 */
@CommandSideTest
class HostileInputTest {

    private static final String NIP = "198203142009031001";
    private static final String SQL_NAME = "Robert'); DROP TABLE eventstore.domain_event_entry;--";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Approving officials' commands; the rest are HR's. */
    private static final Pattern APPROVER_PATHS = Pattern.compile(
            ".*/(grant|rejection|dismissal|awards|revocations|revocation|endorsement|refusal|approval|follow-up)$"
                    + "|.*/sanctions$");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One generated request. */
    private record Attempt(String category, String method, String path, String contentType, byte[] body,
                           boolean chunked, String authorization) {
    }

    private record Endpoint(String template, JsonNode example, String user) {

        String path(Map<String, String> values) {
            Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(template);
            StringBuilder path = new StringBuilder();
            while (variables.find()) {
                variables.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(variables.group(1),
                        UUID.randomUUID().toString())));
            }
            variables.appendTail(path);
            return path.toString();
        }

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(template);
            while (variables.find()) {
                names.add(variables.group(1));
            }
            return names;
        }
    }

    @Test
    void thousandsOfHostileRequestsAreRefusedAsProblemsRecordNothingAndTheSideStillWorks() throws Exception {
        assertThat(send(valid("/api/v1/civil-servants", registration(NIP, "Siti Aminah"), "hr"))).isEqualTo(201);
        List<Endpoint> endpoints = endpoints();
        List<Attempt> attempts = new ArrayList<>();
        endpoints.forEach(endpoint -> attempts.addAll(hostile(endpoint)));
        long before = storedEvents();
        long started = System.nanoTime();

        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byCode = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        // a few at a time, as clients would send them; the counts do not depend on the order
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (Attempt attempt : attempts) {
            responses.add(senders.submit(() -> exchange(attempt)));
        }
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            HttpResponse<String> response = responses.get(i).get();
            String code = code(response.body());
            byStatus.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
            byCode.merge(code == null ? "(none)" : code, 1, Integer::sum);
            byCategory.merge(attempt.category(), 1, Integer::sum);
            boolean problem = response.statusCode() >= 400 && response.statusCode() < 500
                    && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    && code != null
                    && !response.body().contains("Exception") && !response.body().contains("\tat ");
            if (!problem && failures.size() < 50) {
                failures.add(attempt.category() + " " + attempt.method() + " " + attempt.path() + " ["
                        + attempt.contentType() + "] -> " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("-") + " "
                        + abbreviate(response.body()) + " <- " + abbreviate(new String(attempt.body(),
                        StandardCharsets.UTF_8)));
            }
        }
        senders.shutdown();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long after = storedEvents();

        System.out.printf("%nHostile input: %d requests to %d command endpoints in %d s%n", attempts.size(),
                endpoints.size(), seconds);
        System.out.println("  by category: " + byCategory);
        System.out.println("  by status:   " + byStatus);
        System.out.println("  by code:     " + byCode);
        System.out.println("  events before " + before + ", after " + after);

        assertThat(attempts).hasSizeGreaterThanOrEqualTo(3000);
        assertThat(failures).isEmpty();
        assertThat(after).isEqualTo(before);

        // still answering correctly: a valid decision is recorded, once
        assertThat(send(valid("/api/v1/civil-servants/" + NIP + "/trainings", """
                {"title":"Pelatihan Teknis SIASN","kind":"CLASSROOM","organiser":"BKN","plannedLessonHours":16,
                 "startDate":"2025-06-02"}""", "hr"))).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void textThatLooksLikeSqlIsStoredAsTheDataItIs() throws Exception {
        String nip = "198304152010012002";
        String reason = "1' OR '1'='1; -- \"quoted\" \\ backslash";
        ObjectNode body = (ObjectNode) JSON.readTree(registration(nip, SQL_NAME));
        body.put("reason", reason);

        assertThat(send(valid("/api/v1/civil-servants", body.toString(), "hr"))).isEqualTo(201);

        JsonNode payload = JSON.readTree(jdbc.sql("""
                        select payload::text from eventstore.event_log where aggregate_identifier = ?""")
                .param(nip).query(String.class).single());
        JsonNode metadata = JSON.readTree(jdbc.sql("""
                        select meta_data::text from eventstore.event_log where aggregate_identifier = ?""")
                .param(nip).query(String.class).single());
        assertThat(payload.get("fullName").asText()).isEqualTo(SQL_NAME);
        assertThat(metadata.get("reason").asText()).isEqualTo(reason);
        assertThat(jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single())
                .isPositive();
    }

    // --- generating ---------------------------------------------------------------------------------------------

    private static List<Endpoint> endpoints() throws Exception {
        JsonNode examples;
        try (InputStream in = new ClassPathResource("openapi/command-examples.json").getInputStream()) {
            examples = JSON.readTree(in);
        }
        List<Endpoint> endpoints = new ArrayList<>();
        examples.fields().forEachRemaining(entry -> {
            String template = entry.getKey().substring("POST ".length());
            endpoints.add(new Endpoint(template, entry.getValue(),
                    APPROVER_PATHS.matcher(template).matches() ? "approver"
                            : template.equals("/api/v1/imports") ? "admin"
                            : template.equals("/api/v1/development-needs/proposals") ? "employee" : "hr"));
        });
        return endpoints;
    }

    private List<Attempt> hostile(Endpoint endpoint) {
        List<Attempt> attempts = new ArrayList<>();
        Map<String, String> real = Map.of("nip", NIP, "unit", "DINKES", "year", "2024");
        String path = endpoint.path(real);
        String example = endpoint.example().toString();
        String user = endpoint.user();

        for (String malformed : List.of("", " ", "{", "}", "[", "]", "{\"", "{\"a\":}", "{\"a\" 1}", "{,}", "null",
                "[]", "[{}]", "123", "true", "\"text\"", "{'single':'quotes'}", "{a:1}", "/* comment */ {}", "{}",
                "\u00ef\u00bb\u00bf{}", "{\"a\":NaN}", "{\"a\":1,}", "\\u0000", "{\"a\":\"\\x41\"}",
                "{".repeat(2000) + "}".repeat(2000), "[".repeat(5000), "<xml/>", "a=1&b=2", "--boundary--")) {
            attempts.add(json("malformed-json", path, malformed, user));
        }
        for (int cut = 1; cut <= 12; cut++) {
            attempts.add(json("truncated-json", path, example.substring(0, example.length() * cut / 13), user));
        }
        for (String trailing : List.of("x", "}", "{}", "[]", "\"", ",{}", " null")) {
            attempts.add(json("trailing-garbage", path, example + trailing, user));
        }
        Iterator<String> names = endpoint.example().fieldNames();
        String first = names.next();
        attempts.add(json("duplicate-field", path, "{\"" + first + "\":" + endpoint.example().get(first) + ","
                + example.substring(1), user));
        attempts.add(json("duplicate-field", path, example.substring(0, example.length() - 1) + ",\"" + first
                + "\":" + endpoint.example().get(first) + "}", user));
        for (String unknown : List.of("actorId", "actorRole", "approvedBy", "role", "isAdmin", "class", "@type",
                "sequenceNumber", "$where", "__proto__", "NIP", "Nip")) {
            attempts.add(json("unknown-field", path, with(endpoint.example(), unknown, "\"x\""), user));
        }
        endpoint.example().fields().forEachRemaining(field ->
                mutations(kind(field.getKey(), field.getValue()), field.getValue()).forEach(value ->
                        attempts.add(json("wrong-value:" + kind(field.getKey(), field.getValue()), path,
                                with(endpoint.example(), field.getKey(), value), user))));
        for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonx", "image/png", "application/octet-stream")) {
            attempts.add(new Attempt("content-type", "POST", path, contentType, bytes(example), false, basic(user)));
        }
        attempts.add(new Attempt("content-type", "POST", path, null, bytes(example), false, basic(user)));
        String padded = with(endpoint.example(), "reason", "\"" + "A".repeat(70_000) + "\"");
        attempts.add(new Attempt("oversize", "POST", path, "application/json", bytes(padded), false, basic(user)));
        attempts.add(new Attempt("oversize", "POST", path, "application/json", bytes(padded), true, basic(user)));
        attempts.add(new Attempt("oversize", "POST", path, "application/json",
                bytes("[" + "0,".repeat(500_000) + "0]"), true, basic(user)));
        for (String variable : endpoint.variables()) {
            for (String injected : injections(variable)) {
                Map<String, String> values = new LinkedHashMap<>(real);
                values.put(variable, injected);
                attempts.add(json("path-injection", endpoint.path(values), example, user));
            }
        }
        for (String authorization : List.of("", "Basic " + base64("hr:wrong"), "Basic " + base64("nobody:demo"),
                "Basic !!!", "Basic " + base64("hr"), "Basic " + base64(":"), "Bearer abc.def.ghi",
                "Digest username=\"hr\"", "basic", "Basic " + base64("hr:demo\u0000"))) {
            attempts.add(new Attempt("credentials", "POST", path, "application/json", bytes(example), false,
                    authorization.isEmpty() ? null : authorization));
        }
        for (String wrong : List.of("hr", "approver", "auditor", "inspector", "employee", "admin")) {
            // an approving official may propose a heavy sanction too, so is no wrong role there
            if (!wrong.equals(user) && !(wrong.equals("approver") && endpoint.template().endsWith("/sanctions/proposals"))) {
                attempts.add(new Attempt("wrong-role", "POST", path, "application/json", bytes(example), false,
                        basic(wrong)));
            }
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            attempts.add(new Attempt("wrong-method", method, path, "application/json", bytes(example), false,
                    basic(user)));
        }
        return attempts;
    }

    /** Values that are wrong for a field whose valid example is {@code value}, by what the value is. */
    private static List<String> mutations(String kind, JsonNode value) {
        List<String> wrong = new ArrayList<>(List.of("{}", "1e400", "\"" + "Z".repeat(10_000) + "\""));
        switch (kind) {
            case "object" -> wrong.addAll(List.of("\"x\"", "1", "[]", "true", "{\"number\":\"x\"}",
                    "{\"number\":\"800/1\",\"date\":\"2999-01-01\"}",
                    "{\"number\":\"800/1\",\"date\":\"2024-01-01\",\"signedBy\":\"me\"}",
                    "{\"number\":\"\\u0000\",\"date\":\"2024-01-01\"}"));
            case "list" -> wrong.addAll(List.of("\"x\"", "1", "true", "[\"x\"]", "[1]", "[{}]", "[null]",
                    "[\"" + "1".repeat(19) + "\"]"));
            case "boolean" -> wrong.addAll(List.of("\"yes\"", "1", "0", "[]", "\"true\""));
            case "integer" -> wrong.addAll(List.of("\"abc\"", "1.5", "-1", "true", "[]", "\"12\"",
                    "99999999999999999999", "0x10"));
            case "decimal" -> wrong.addAll(List.of("\"abc\"", "-1", "true", "[]", "100.001", "\"82.47\""));
            case "date" -> wrong.addAll(List.of("\"2025-02-30\"", "\"2025-13-01\"", "\"2025-00-10\"",
                    "\"31-12-2025\"", "\"2025/01/01\"", "\"2025-1-1\"", "\"tomorrow\"", "123", "true", "[]",
                    "\"2025-02-29\"", "\"2025-01-01T00:00:00Z\"", "\"" + value.asText() + "\\u0000\""));
            case "enum" -> wrong.addAll(List.of("\"NOPE\"", "\"" + value.asText().toLowerCase() + "\"", "0", "true",
                    "[]", "\"' OR 1=1--\"", "\"" + value.asText() + " \"", "\"" + value.asText() + "\\u0000\""));
            case "nip" -> wrong.addAll(List.of("\"1986\"", "\"" + "1".repeat(19) + "\"", "\"19860926201505100X\"",
                    "\"198613012010011001\"", "\"198609262015053001\"", "198609262015051001", "true", "[]",
                    "\"198609262015051001' OR '1'='1\""));
            case "uuid" -> wrong.addAll(List.of("\"not-a-uuid\"", "\"1234\"", "123", "true", "[]",
                    "\"00000000-0000-0000-0000-00000000000G\"", "\"" + value.asText() + "'--\""));
            case "rank" -> wrong.addAll(List.of("\"V/a\"", "\"III/z\"", "\"3/a\"", "3", "true", "[]",
                    "\"III/a' --\""));
            default -> wrong.addAll(List.of("123", "true", "[]", "\"abc\\u0000def\"", "\"abc\\ud800\"",
                    "\"\\udc00\"", "\"bell\\u0007\"", "\"del\\u007f\"", "1.5"));
        }
        return wrong;
    }

    /**
     * What a field's example value is, which decides what is surely wrong for it. A country is text: the side
     * upper-cases and trims it, so a lower-case or padded code would still be a valid one.
     */
    private static String kind(String field, JsonNode value) {
        if (field.equals("country")) {
            return "text";
        }
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "list";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "decimal";
        }
        String text = value.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "date";
        }
        if (text.matches("\\d{18}")) {
            return "nip";
        }
        if (text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return "uuid";
        }
        if (text.matches("I{1,3}V?/[a-e]|IV/[a-e]")) {
            return "rank";
        }
        if (text.matches("[A-Z][A-Z_]*")) {
            return "enum";
        }
        return "text";
    }

    /** What a path variable is replaced with: traversal, null bytes, encodings, overlong and SQL-looking values. */
    private static List<String> injections(String variable) {
        List<String> common = List.of("..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%00", "x%00y", "%252e%252e",
                "%27%20OR%20%271%27%3D%271", "%3Cscript%3E", "%5C..%5C", "%C0%AE%C0%AE", "a;b=c", "%3B", "%E2%80%AE",
                "%2F", "%20", "%09");
        List<String> specific = switch (variable) {
            case "nip" -> List.of("1986092620150510011", "19860926201505100", "198609262015051001%00",
                    "19860926201505100%27", "198609262015051001;x=1", "-198609262015051", "1".repeat(300));
            case "unit" -> List.of("1DINKES", "A", "A".repeat(41), "DIN%20KES", "DINKES%00", "DIN%27KES");
            case "year" -> List.of("20x4", "99999999999", "2024.5", "%2D1x");
            default -> List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000G", "1234",
                    UUID.randomUUID() + "%00");
        };
        List<String> all = new ArrayList<>(common);
        all.addAll(specific);
        return all;
    }

    private static String with(JsonNode example, String field, String rawValue) {
        ObjectNode copy = example.deepCopy();
        copy.put(field, "__VALUE__");
        return copy.toString().replace("\"__VALUE__\"", rawValue);
    }

    private static Attempt json(String category, String path, String body, String user) {
        return new Attempt(category, "POST", path, "application/json", bytes(body), false, basic(user));
    }

    private static Attempt valid(String path, String body, String user) {
        return json("valid", path, body, user);
    }

    // --- sending ------------------------------------------------------------------------------------------------

    private int send(Attempt attempt) throws Exception {
        return exchange(attempt).statusCode();
    }

    private HttpResponse<String> exchange(Attempt attempt) throws Exception {
        HttpRequest.BodyPublisher body = attempt.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(attempt.body()))
                : HttpRequest.BodyPublishers.ofByteArray(attempt.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + attempt.path()))
                .timeout(Duration.ofSeconds(30))
                .method(attempt.method(), body);
        if (attempt.contentType() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        if (attempt.authorization() != null) {
            request.header("Authorization", attempt.authorization());
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(attempt.category() + " " + attempt.path() + " got no answer: " + e, e);
        }
    }

    private static String code(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.hasNonNull("code") && !problem.get("code").asText().isBlank()
                    ? problem.get("code").asText() : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String registration(String nip, String name) {
        return """
                {"nip":"%s","fullName":%s,"employmentType":"PNS","rank":"III/b","workUnit":"Dinas Kesehatan",
                 "position":"Perawat Ahli Muda","effectiveDate":"2015-01-02"}""".formatted(nip, quoted(name));
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + base64(user + ":demo");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }
}
