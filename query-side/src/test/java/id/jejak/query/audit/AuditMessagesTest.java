package id.jejak.query.audit;

import id.jejak.verifier.BreakKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code the audit endpoints answer with, and every kind of broken ledger, speaks Indonesian and English. */
class AuditMessagesTest {

    private static final Pattern CODE = Pattern.compile("(?:Exception|message)\\(\"([A-Z_]+)\"");

    @Test
    void everyAuditCodeHasAnIndonesianAndAnEnglishMessage() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/id/jejak/query/audit"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        Arrays.stream(BreakKind.values()).map(kind -> "LEDGER_" + kind.name()).forEach(codes::add);
        Properties indonesian = bundle("audit.properties");
        Properties english = bundle("audit_en.properties");

        assertThat(codes).contains("AUDIT_PERIOD_INVALID", "CHECKPOINT_NOT_FOUND", "LEDGER_VERIFIED",
                "LEDGER_BROKEN", "LEDGER_MISSING_EVENT");
        assertThat(codes).allSatisfy(code -> {
            assertThat(indonesian).as("Indonesian message of %s", code).containsKey(code);
            assertThat(english).as("English message of %s", code).containsKey(code);
        });
        assertThat(indonesian.keySet()).isEqualTo(english.keySet());
    }

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages", name)),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
