package id.jejak.query.findings;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class FindingMessagesTest {

    @Test
    void everyRuleHasItsTextInIndonesianAndEnglish() throws IOException {
        Properties indonesian = bundle("messages/findings.properties");
        Properties english = bundle("messages/findings_en.properties");

        for (RuleCode rule : RuleCode.values()) {
            assertThat(indonesian.getProperty(rule.messageKey())).as("Indonesian text of %s", rule).isNotBlank();
            assertThat(english.getProperty(rule.messageKey())).as("English text of %s", rule).isNotBlank();
        }
        assertThat(indonesian.keySet()).isEqualTo(english.keySet());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FindingMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
