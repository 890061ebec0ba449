package id.jejak.command.security;

import id.jejak.command.CommandSideApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real start, not the guard alone: with a Spring profile active the demo users are refused before the embedded
 * PostgreSQL is started, so a misconfigured installation leaves no database behind.
 */
class DemoUsersStartTest {

    @Test
    void withAProfileActiveTheSideRefusesToStartWithTheDemoUsersAndStartsNoDatabase(@TempDir Path folder) {
        Path data = folder.resolve("postgres");

        assertThatThrownBy(() -> CommandSideApplication.application().profiles("production")
                .properties("jejak.embedded-postgres.data-directory=" + data, "server.port=0").run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo users")
                .hasMessageContaining("[production]");
        assertThat(data).doesNotExist();
    }
}
