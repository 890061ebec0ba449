package id.jejak.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the console prints about the database: where it is, never the password its URL may carry. */
class JejakLauncherTest {

    @Test
    void theDatabaseIsShownWithoutTheParametersOfItsUrl() {
        assertThat(JejakLauncher.withoutCredentials(
                "jdbc:postgresql://db.example:5432/jejak?user=jejak&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db.example:5432/jejak");
        assertThat(JejakLauncher.withoutCredentials("jdbc:postgresql://localhost:5432/jejak"))
                .isEqualTo("jdbc:postgresql://localhost:5432/jejak");
    }
}
