package id.jejak.query.projection;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatementBatchTest {

    /** Records what would be sent, one line per round trip. */
    static class RecordingJdbc extends NamedParameterJdbcTemplate {

        final List<String> sent = new ArrayList<>();

        RecordingJdbc() {
            super(new JdbcTemplate());
        }

        @Override
        public int update(String sql, SqlParameterSource parameters) {
            sent.add(sql + " " + parameters.getValue("n"));
            return 1;
        }

        @Override
        public int[] batchUpdate(String sql, SqlParameterSource[] batch) {
            sent.add(sql + " " + Arrays.stream(batch).map(parameters -> parameters.getValue("n")).toList());
            return new int[batch.length];
        }
    }

    private final RecordingJdbc jdbc = new RecordingJdbc();
    private final StatementBatch batch = new StatementBatch(jdbc);

    @Test
    void statementsWaitForTheCommitAndGoTogetherAcrossKeysInTheOrderOfEachKey() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);

        batch.add("A", "insert", Map.of("n", "a1"));
        batch.add("B", "insert", Map.of("n", "b1"));
        batch.add("A", "update", Map.of("n", "a2"));
        batch.add("C", "update", Map.of("n", "c1"));
        batch.add("A", "insert", Map.of("n", "a3"));
        batch.add("B", "update", Map.of("n", "b2"));
        assertThat(jdbc.sent).isEmpty();
        unitOfWork.commit();

        // A's insert a3 comes after its update a2, although B's update could have gone first
        assertThat(jdbc.sent).containsExactly("insert [a1, b1]", "update [a2, b2, c1]", "insert a3");
    }

    @Test
    void aKeysRunOfRowsGoesInOneRoundWhereItsOtherStatementsGoOneARound() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);

        batch.addRow("A", "insert row", Map.of("n", "a1"));
        batch.addRow("A", "insert row", Map.of("n", "a2"));
        batch.addRow("B", "insert row", Map.of("n", "b1"));
        batch.add("A", "upsert", Map.of("n", "a3"));
        batch.add("A", "upsert", Map.of("n", "a4"));
        batch.addRow("A", "insert row", Map.of("n", "a5"));
        batch.add("B", "insert row", Map.of("n", "b2"));
        batch.addRow("B", "insert row", Map.of("n", "b3"));
        unitOfWork.commit();

        // a key's rows go together, but never ahead of its other statements, nor with one of the same SQL added
        // as a plain statement (b2), which may read what the rows before it write
        assertThat(jdbc.sent).containsExactly("insert row [a1, a2, b1]", "upsert a3", "upsert a4",
                "insert row [a5, b2]", "insert row b3");
    }

    @Test
    void aFlushSendsWhatWasAddedSoFarAndTheCommitTheRest() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);

        batch.add("A", "insert", Map.of("n", "a1"));
        batch.add("B", "insert", Map.of("n", "b1"));
        batch.flush();
        assertThat(jdbc.sent).containsExactly("insert [a1, b1]");
        batch.add("A", "update", Map.of("n", "a2"));
        unitOfWork.commit();

        assertThat(jdbc.sent).containsExactly("insert [a1, b1]", "update a2");
    }

    @Test
    void aStatementAddedOncePerBatchGoesOnceAfterEveryOtherWithItsLastParameters() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);

        batch.add("A", "insert", Map.of("n", "a1"));
        batch.addOncePerBatch("A", "delete totals", Map.of("n", "a1"));
        batch.addOncePerBatch("A", "sum", Map.of("n", "a1"));
        batch.add("A", "insert", Map.of("n", "a2"));
        batch.addOncePerBatch("A", "delete totals", Map.of("n", "a2"));
        batch.addOncePerBatch("A", "sum", Map.of("n", "a2"));
        batch.addOncePerBatch("B", "sum", Map.of("n", "b1"));
        batch.add("B", "insert", Map.of("n", "b2"));
        unitOfWork.commit();

        // each key's totals once, from all its rows: after a2 and b2, although asked for before them
        assertThat(jdbc.sent).containsExactly("insert [a1, b2]", "insert a2", "delete totals a2", "sum [a2, b1]");
    }

    @Test
    void aStatementAddedOncePerBatchAgainGoesAfterTheOnesAddedSince() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);

        batch.addOncePerBatch("A", "years", Map.of("n", "a1"));
        batch.addOncePerBatch("A", "stays", Map.of("n", "a2"));
        batch.addOncePerBatch("A", "years", Map.of("n", "a2"));
        unitOfWork.commit();

        // the years read the stays: asked again after them, they are written after them
        assertThat(jdbc.sent).containsExactly("stays a2", "years a2");
    }

    @Test
    void withoutAUnitOfWorkAStatementRunsAtOnce() {
        batch.add("A", "insert", Map.of("n", "a1"));

        assertThat(jdbc.sent).containsExactly("insert a1");
    }
}
