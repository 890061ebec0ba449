package id.jejak.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements a batch of events causes, sent to PostgreSQL when the batch commits rather than one round trip per
 * statement: a replay writes a row or more per event, and the processor hands a projection a hundred events at a
 * time. Each statement names the rows it reads and writes by a key — a stream, a person — and touches no rows of
 * another key, so statements of one key run in their order while those of different keys may interleave: each round
 * sends, as one JDBC batch, the next statement of every key that has the same SQL as the earliest key's next one (and
 * the key's run of rows after it, for a row added as one: {@link #addRow}).
 * <p>
 * A statement that fails fails the batch: the processor rolls it back, its token with it, and tries again later. A
 * projection that stops on an error shows it, where one that skipped the event would be wrong without a trace.
 * Outside a unit of work (a test calling a handler) a statement runs at once.
 */
@Component
public class StatementBatch {

    private static final String PENDING = StatementBatch.class.getName() + ".pending";

    /** @param aRow whether the key's next statements of the same SQL may go in the same round ({@link #addRow}) */
    private record Statement(String key, String sql, SqlParameterSource parameters, boolean aRow) {
    }

    /**
     * A statement's named parameters as the projection gave them. Spring's own source for a map copies it first, row by
     * row: in a rebuild's profile, a tenth of the JVM's samples went to copying maps about to be read once.
     */
    private record Parameters(Map<String, ?> values) implements SqlParameterSource {

        @Override
        public boolean hasValue(String name) {
            return values.containsKey(name);
        }

        @Override
        public Object getValue(String name) {
            Object value = values.get(name);
            if (value == null && !values.containsKey(name)) {
                throw new IllegalArgumentException("no value for the parameter " + name);
            }
            return value;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    StatementBatch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Named parameters; unlike {@code Map.of} it takes nulls, which most optional event fields are. */
    public static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /**
     * @param key        the rows the statement touches, such as the stream of its event: statements with the same
     *                   key run in the order they were added
     * @param parameters kept until the batch is sent, so not to be changed afterwards
     */
    public void add(String key, String sql, Map<String, ?> parameters) {
        add(new Statement(key, sql, new Parameters(parameters), false));
    }

    /**
     * An INSERT of one row whose values read nothing another row of the same SQL writes, and whose conflict does
     * nothing, so that rows of one key may go in one multi-row statement: a key's run of them goes in one round. A
     * replay hands a lane a person's events many in a row (an agency's history is loaded person by person), and a
     * round per event sent the rows of a chunk a few at a time, each statement planned, executed and counted by its
     * table's trigger on its own.
     */
    public void addRow(String key, String sql, Map<String, ?> parameters) {
        add(new Statement(key, sql, new Parameters(parameters), true));
    }

    private void add(Statement statement) {
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(statement.sql(), statement.parameters());
        } else {
            pending.statements.add(statement);
        }
    }

    /**
     * A statement that writes again rows following from all the key's rows as they stand, such as a person's totals
     * from their completions: sent once per batch with the last parameters given, after every other statement of the
     * batch (so after the key's rows it reads), however many of the batch's events asked for it. Statements of one key
     * added this way run in the order they were last added, so one that reads what another writes, asked after it,
     * runs after it.
     */
    public void addOncePerBatch(String key, String sql, Map<String, ?> parameters) {
        Statement statement = new Statement(key, sql, new Parameters(parameters), false);
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(sql, statement.parameters());
        } else {
            // asked again, it goes after what was asked since: a person's totals after their periods rewritten since
            String once = key + "\n" + sql;
            pending.oncePerBatch.remove(once);
            pending.oncePerBatch.put(once, statement);
        }
    }

    /** Sends the statements added so far in this unit of work, for a projection about to read what they write. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Pending pending = CurrentUnitOfWork.get().root().getResource(PENDING);
            if (pending != null) {
                pending.send();
            }
        }
    }

    /** The unit of work's statements not yet sent; null outside a unit of work, where each runs at once. */
    private Pending pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, name -> {
            Pending pending = new Pending();
            // in the processor's transaction, before it commits and stores the token
            unitOfWork.onPrepareCommit(committing -> pending.send());
            return pending;
        });
    }

    private final class Pending {

        private final List<Statement> statements = new ArrayList<>();
        /** By key and statement, in the order last added. */
        private final Map<String, Statement> oncePerBatch = new LinkedHashMap<>();

        void send() {
            flush(statements);
            flush(new ArrayList<>(oncePerBatch.values()));
            oncePerBatch.clear();
        }
    }

    private void flush(List<Statement> statements) {
        Map<String, Deque<Statement>> keys = new LinkedHashMap<>();
        statements.forEach(statement -> keys.computeIfAbsent(statement.key(), key -> new ArrayDeque<>())
                .add(statement));
        while (!keys.isEmpty()) {
            String sql = keys.values().iterator().next().getFirst().sql();
            List<SqlParameterSource> batch = new ArrayList<>();
            for (Iterator<Deque<Statement>> next = keys.values().iterator(); next.hasNext(); ) {
                Deque<Statement> key = next.next();
                if (key.getFirst().sql().equals(sql)) {
                    Statement taken = key.removeFirst();
                    batch.add(taken.parameters());
                    while (taken.aRow() && !key.isEmpty() && key.getFirst().aRow() && key.getFirst().sql().equals(sql)) {
                        batch.add(key.removeFirst().parameters());
                    }
                    if (key.isEmpty()) {
                        next.remove();
                    }
                }
            }
            if (batch.size() == 1) {
                jdbc.update(sql, batch.get(0));
            } else {
                jdbc.batchUpdate(sql, batch.toArray(SqlParameterSource[]::new));
            }
        }
        statements.clear();
    }
}
