package id.jejak.query.report;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements a batch of events causes, sent to PostgreSQL when the batch commits rather than one round trip per
 * statement: a replay of the reports projection writes several rows per event, and the processor hands it a hundred
 * events at a time. Consecutive statements of the same SQL go as one JDBC batch; the order is kept, so a statement
 * sees what the ones before it wrote. Outside a unit of work (a test calling a handler) a statement runs at once.
 */
@Component
class StatementBatch {

    private static final String PENDING = StatementBatch.class.getName() + ".pending";

    private record Statement(String sql, Map<String, ?> parameters) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    StatementBatch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Named parameters; unlike {@code Map.of} it takes nulls, which most optional event fields are. */
    static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    void add(String sql, Map<String, ?> parameters) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, parameters);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<Statement> pending = unitOfWork.getOrComputeResource(PENDING, key -> {
            List<Statement> statements = new ArrayList<>();
            // in the processor's transaction, before it commits and stores the token
            unitOfWork.onPrepareCommit(committing -> flush(statements));
            return statements;
        });
        pending.add(new Statement(sql, parameters));
    }

    @SuppressWarnings("unchecked")
    private void flush(List<Statement> statements) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from;
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                to++;
            }
            if (to - from == 1) {
                jdbc.update(sql, statements.get(from).parameters());
            } else {
                jdbc.batchUpdate(sql, statements.subList(from, to).stream().map(Statement::parameters)
                        .toArray(Map[]::new));
            }
            from = to;
        }
        statements.clear();
    }
}
