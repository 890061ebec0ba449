package id.jejak.platform.postgres;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresEnvironmentPostProcessorTest {

    private final EmbeddedPostgresEnvironmentPostProcessor postProcessor =
            new EmbeddedPostgresEnvironmentPostProcessor(java.util.function.Supplier::get);

    @Test
    void aConfiguredDatasourceTurnsTheEmbeddedPostgresOff() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/jejak");

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/jejak");
        assertThat(environment.containsProperty("jejak.embedded-postgres.url")).isFalse();
    }

    @Test
    void theEmbeddedPostgresCanBeSwitchedOff() {
        var environment = new MockEnvironment().withProperty("jejak.embedded-postgres.enabled", "false");

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.containsProperty("spring.datasource.url")).isFalse();
    }

    @Test
    void withoutADatasourceAnEmbeddedPostgresIsStartedAndUsed() throws Exception {
        var environment = new MockEnvironment().withProperty("jejak.embedded-postgres.ephemeral", "true");
        var application = new SpringApplication();

        postProcessor.postProcessEnvironment(environment, application);

        String url = environment.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:postgresql://localhost:").isEqualTo(
                environment.getProperty("jejak.embedded-postgres.url"));
        try (var connection = java.sql.DriverManager.getConnection(url)) {
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        } finally {
            EmbeddedPostgresServers.release(new EmbeddedPostgresServers.Settings(null, 0));
        }
    }
}
