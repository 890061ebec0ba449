package id.jejak.command.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule the command side can refuse with speaks both Indonesian and English; the career rules' messages are
 * their catalogue's ({@code career-rules}).
 */
class RuleMessagesTest {

    private static final Pattern RULE_CODE = Pattern.compile("RuleViolation\\(Refusal\\.\\w+,\\s*\"([A-Z_]+)\"");

    @Test
    void everyRuleCodeHasAnIndonesianAndAnEnglishMessage() throws IOException {
        Set<String> codes = codesInSources();
        Properties indonesian = bundles("");
        Properties english = bundles("_en");

        assertThat(codes).hasSizeGreaterThan(40);
        assertThat(codes).allSatisfy(code -> {
            assertThat(indonesian).as("Indonesian message of %s", code).containsKey(code);
            assertThat(english).as("English message of %s", code).containsKey(code);
        });
    }

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher matcher = RULE_CODE.matcher(text);
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }

    private static Properties bundles(String suffix) throws IOException {
        Properties messages = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : files.filter(path -> path.getFileName().toString()
                    .matches("[a-z]+" + suffix + "\\.properties")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return messages;
    }
}
