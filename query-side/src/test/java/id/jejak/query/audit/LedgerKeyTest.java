package id.jejak.query.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the embedded default keeps its signing key: never loose beside a data folder the user put in a checkout. */
class LedgerKeyTest {

    @TempDir
    Path checkout;

    @Test
    void aDataFolderOfTheUsersOwnKeepsItsKeyInAFolderThatGitIgnores() throws Exception {
        LedgerKey key = LedgerKey.resolve(properties(), embedded(checkout.resolve("pgdata")));

        assertThat(key.signing()).isPresent();
        assertThat(checkout.resolve("pgdata.ledger/ledger-key.pem")).exists();
        assertThat(Files.readString(checkout.resolve("pgdata.ledger/.gitignore"))).contains("*");
        assertThat(checkout.resolve("ledger-key.pem")).doesNotExist();
    }

    @Test
    void aKeyAnEarlierVersionKeptBesideTheDataFolderIsStillUsed() {
        LedgerKey first = LedgerKey.resolve(properties(), embedded(checkout.resolve("pgdata")));
        Path earlier = checkout.resolve("ledger-key.pem");
        try {
            Files.move(checkout.resolve("pgdata.ledger/ledger-key.pem"), earlier);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        LedgerKey again = LedgerKey.resolve(properties(), embedded(checkout.resolve("pgdata")));

        assertThat(again.signing().orElseThrow().keyId()).isEqualTo(first.signing().orElseThrow().keyId());
    }

    private static MockEnvironment embedded(Path dataDirectory) {
        return new MockEnvironment()
                .withProperty("jejak.embedded-postgres.url", "jdbc:postgresql://localhost:5432/postgres")
                .withProperty("jejak.embedded-postgres.data-directory", dataDirectory.toString());
    }

    private static LedgerProperties properties() {
        return new LedgerProperties(null, null, List.of(), new LedgerProperties.Checkpoint(true, 1000,
                java.time.Duration.ofMinutes(5), java.time.Duration.ofSeconds(10)));
    }
}
