package id.jejak.apiclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of the {@code .http} format (httpyac, IntelliJ) that {@code requests.http} uses, run through the JDK's
 * HTTP client: file variables ({@code @name = value}, evaluated once where defined, with {@code $randomInt min max}
 * and {@code $uuid}), named requests ({@code # @name x}: {@code {{x.a.b[0].at(-1)}}} reads its JSON answer,
 * {@code {{xResponse.headers["h"]}}} its headers), {@code Basic user password} credentials, and status assertions
 * ({@code ?? status == 201}, {@code ?? status < 500}). Anything else in the file is an error, so the file cannot
 * drift into what this runner would silently skip.
 */
final class HttpFile {

    /** One request as sent, and what was wrong with its answer (nothing when every assertion held). */
    record Outcome(String title, String request, int status, List<String> failures) {
    }

    private static final Pattern VARIABLE = Pattern.compile("^@(\\w+)\\s*=\\s*(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.+?)}}");
    private static final Pattern ASSERTION = Pattern.compile("^\\?\\?\\s+status\\s*(==|<)\\s*(\\d{3})$");
    private static final Pattern STEP = Pattern.compile("\\.at\\((-?\\d+)\\)|\\.(\\w+)|\\[(\\d+)]|\\[\"([^\"]+)\"]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> lines;
    private final Map<String, String> fixed;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param fixed variables that win over the file's own (the sides' addresses of this run) */
    HttpFile(String text, Map<String, String> fixed) {
        this.lines = text.lines().toList();
        this.fixed = fixed;
    }

    List<Outcome> run() throws IOException, InterruptedException {
        Map<String, Object> variables = new HashMap<>(fixed);
        List<Outcome> outcomes = new ArrayList<>();
        List<List<String>> blocks = blocks();
        for (List<String> block : blocks) {
            String title = block.get(0);
            String name = null;
            String requestLine = null;
            List<String> headers = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            List<String[]> assertions = new ArrayList<>();
            boolean inBody = false;
            for (String line : block.subList(1, block.size())) {
                Matcher variable = VARIABLE.matcher(line);
                Matcher assertion = ASSERTION.matcher(line.trim());
                if (line.startsWith("# @name ")) {
                    name = line.substring("# @name ".length()).trim();
                } else if (line.startsWith("#") && requestLine == null) {
                    continue;
                } else if (requestLine == null && variable.matches()) {
                    if (!fixed.containsKey(variable.group(1))) {
                        variables.put(variable.group(1), substitute(variable.group(2), variables));
                    }
                } else if (line.startsWith("??")) {
                    if (!assertion.matches()) {
                        throw new IllegalArgumentException("an assertion this runner does not know: " + line);
                    }
                    assertions.add(new String[] {assertion.group(1), assertion.group(2)});
                } else if (requestLine == null) {
                    if (!line.isBlank()) {
                        requestLine = substitute(line.trim(), variables);
                    }
                } else if (!inBody && line.isBlank()) {
                    inBody = true;
                } else if (!inBody) {
                    headers.add(substitute(line, variables));
                } else {
                    body.append(substitute(line, variables)).append('\n');
                }
            }
            if (requestLine == null) {
                continue;
            }
            HttpResponse<String> response = send(requestLine, headers, body.toString().strip());
            if (name != null) {
                variables.put(name, parse(response));
                variables.put(name + "Response", response);
            }
            List<String> failures = new ArrayList<>();
            for (String[] expected : assertions) {
                int status = Integer.parseInt(expected[1]);
                boolean holds = expected[0].equals("==") ? response.statusCode() == status : response.statusCode() < status;
                if (!holds) {
                    failures.add("status " + expected[0] + " " + status + " but was " + response.statusCode() + ": "
                            + response.body());
                }
            }
            if (assertions.isEmpty()) {
                failures.add("asserts no status");
            }
            outcomes.add(new Outcome(title, requestLine, response.statusCode(), failures));
        }
        return outcomes;
    }

    private List<List<String>> blocks() {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>(List.of("(variables)"));
        for (String line : lines) {
            if (line.startsWith("###")) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        blocks.add(current);
        return blocks;
    }

    private HttpResponse<String> send(String requestLine, List<String> headers, String body)
            throws IOException, InterruptedException {
        String[] parts = requestLine.split("\\s+");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(parts[1]));
        for (String header : headers) {
            int colon = header.indexOf(':');
            String key = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (key.equalsIgnoreCase("Authorization") && value.startsWith("Basic ") && value.split(" ").length == 3) {
                String[] credentials = value.split(" ");
                value = "Basic " + Base64.getEncoder().encodeToString((credentials[1] + ":" + credentials[2])
                        .getBytes(StandardCharsets.UTF_8));
            }
            request.header(key, value);
        }
        request.method(parts[0], body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String substitute(String text, Map<String, Object> variables) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(out, Matcher.quoteReplacement(evaluate(placeholder.group(1).trim(), variables)));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static String evaluate(String expression, Map<String, Object> variables) {
        if (expression.startsWith("$randomInt ")) {
            String[] bounds = expression.split("\\s+");
            return String.valueOf(ThreadLocalRandom.current().nextInt(Integer.parseInt(bounds[1]),
                    Integer.parseInt(bounds[2])));
        }
        if (expression.equals("$uuid")) {
            return UUID.randomUUID().toString();
        }
        Matcher root = Pattern.compile("^(\\w+)").matcher(expression);
        if (!root.find() || !variables.containsKey(root.group(1))) {
            throw new IllegalArgumentException("unknown variable in {{" + expression + "}}");
        }
        Object value = variables.get(root.group(1));
        String path = expression.substring(root.end());
        if (value instanceof HttpResponse<?> response) {
            Matcher header = Pattern.compile("^\\.headers\\[\"([^\"]+)\"]$").matcher(path);
            if (!header.matches()) {
                throw new IllegalArgumentException("a response is read by its headers only: {{" + expression + "}}");
            }
            return response.headers().firstValue(header.group(1)).orElseThrow(() ->
                    new IllegalStateException("no header " + header.group(1) + " for {{" + expression + "}}"));
        }
        if (value instanceof JsonNode node) {
            Matcher step = STEP.matcher(path);
            int at = 0;
            while (at < path.length()) {
                if (!step.find(at) || step.start() != at) {
                    throw new IllegalArgumentException("a path this runner does not know: {{" + expression + "}}");
                }
                if (step.group(1) != null) {
                    int index = Integer.parseInt(step.group(1));
                    node = node.get(index < 0 ? node.size() + index : index);
                } else if (step.group(3) != null) {
                    node = node.get(Integer.parseInt(step.group(3)));
                } else {
                    node = node.get(step.group(2) != null ? step.group(2) : step.group(4));
                }
                if (node == null) {
                    throw new IllegalStateException("nothing at {{" + expression + "}}");
                }
                at = step.end();
            }
            return node.asText();
        }
        if (!path.isEmpty()) {
            throw new IllegalArgumentException("{{" + expression + "}} reads into a plain variable");
        }
        return String.valueOf(value);
    }
}
