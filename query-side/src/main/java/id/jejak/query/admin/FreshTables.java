package id.jejak.query.admin;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Fresh, empty copies of projections' tables in a schema of their own beside the schema that serves — same columns,
 * defaults, identities, checks, keys, indexes and triggers under the same names, unlogged until sealed — and the swap
 * that puts them in place of the serving ones in one transaction. Views over a swapped table are made again over its
 * copy (a view follows the table it was made on, not its name). Readers keep the serving tables until the swap, which
 * waits for the reads under way.
 */
final class FreshTables {

    /**
     * How long one statement that goes through a whole copy (an index built, a table written to the WAL) may take: a
     * regional agency's career events are a gigabyte, far beyond the driver's bound for ordinary statements.
     */
    static final Duration BULK_STATEMENT_TIMEOUT = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final JdbcTemplate bulk;
    private final List<String> tables;
    private final Set<String> indexesForReadersOnly;
    /** The statements that build the indexes left out while the copies are filled, by table. */
    private final Map<String, List<String>> indexesToBuild = new HashMap<>();
    private final String serving;
    private final String fresh;

    /** @param indexesForReadersOnly indexes built only once the copies are filled (by name; others' are ignored) */
    FreshTables(JdbcClient jdbc, JdbcTemplate bulk, List<String> tables, Set<String> indexesForReadersOnly) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.tables = List.copyOf(tables);
        this.indexesForReadersOnly = Set.copyOf(indexesForReadersOnly);
        this.serving = jdbc.sql("select current_schema()").query(String.class).single();
        this.fresh = serving + "_rebuild";
    }

    /** The search path under which the projections' unchanged SQL reads and writes the copies. */
    String searchPath() {
        return fresh + ", " + serving;
    }

    /** Empty copies of the tables; copies left by a rebuild that did not finish are dropped first. */
    void create() {
        discard();
        jdbc.sql("create schema " + fresh).update();
        for (String table : tables) {
            // unlogged while it is filled: a crash loses it, but a crash ends the rebuild anyway
            jdbc.sql(("create unlogged table %s.%s (like %s.%s including defaults including identity including generated"
                    + " including constraints including storage including comments)")
                    .formatted(fresh, table, serving, table)).update();
            // keys and indexes keep their names, which later migrations may use
            jdbc.sql("""
                            select conname, pg_get_constraintdef(oid) as definition from pg_constraint
                            where conrelid = to_regclass(:table) and contype in ('p', 'u', 'x') order by oid""")
                    .param("table", serving + "." + table)
                    .query((row, index) -> "alter table %s.%s add constraint %s %s".formatted(fresh, table,
                            row.getString("conname"), row.getString("definition")))
                    .list().forEach(statement -> jdbc.sql(statement).update());
            jdbc.sql("""
                            select index_class.relname, pg_get_indexdef(indexrelid) as definition from pg_index
                            join pg_class index_class on index_class.oid = indexrelid
                            where indrelid = to_regclass(:table)
                              and not exists (select 1 from pg_constraint where conindid = indexrelid)
                            order by indexrelid""")
                    .param("table", serving + "." + table)
                    .query((row, index) -> new Index(row.getString("relname"), row.getString("definition")))
                    .list().forEach(index -> {
                        String copy = onCopy(table, index.definition());
                        if (indexesForReadersOnly.contains(index.name())) {
                            indexesToBuild.computeIfAbsent(table, name -> new ArrayList<>()).add(copy);
                        } else {
                            jdbc.sql(copy).update();
                        }
                    });
            // a table's triggers keep what the projection's statements leave to them, such as a count
            jdbc.sql("""
                            select pg_get_triggerdef(oid) from pg_trigger
                            where tgrelid = to_regclass(:table) and not tgisinternal order by oid""")
                    .param("table", serving + "." + table).query(String.class).list()
                    .forEach(trigger -> jdbc.sql(onCopy(table, trigger)).update());
        }
    }

    private record Index(String name, String definition) {
    }

    /** An index's or a trigger's definition on the serving table, written for the table's copy. */
    private String onCopy(String table, String definition) {
        String on = " ON " + serving + "." + table + " ";
        if (!definition.contains(on)) {
            throw new IllegalStateException("cannot copy to " + table + "'s copy: " + definition);
        }
        return definition.replace(on, " ON " + fresh + "." + table + " ");
    }

    /**
     * Makes the filled copies crash-safe (written to the WAL once, in bulk, rather than row by row while filled),
     * builds the indexes for readers only, gives the copies statistics, so that the first reads after the swap are
     * planned on what they hold, and vacuums them, so that those reads find every row known visible. The copies are
     * sealed on connections of their own, {@code parallel} at a time, largest first, and vacuumed only once every copy
     * is logged and indexed: setting a table logged writes its rows again in a transaction, and a vacuum cannot mark
     * rows visible to all while a transaction older than theirs (another copy's, still being set logged) runs.
     */
    void seal(int parallel) throws InterruptedException {
        List<String> largestFirst = jdbc.sql("""
                        select table_name from unnest(cast(:tables as text[])) table_name
                        order by pg_total_relation_size(to_regclass(:fresh || '.' || table_name)) desc""")
                .param("tables", tables.toArray(String[]::new)).param("fresh", fresh).query(String.class).list();
        ExecutorService sealers = Executors.newFixedThreadPool(parallel, runnable -> {
            Thread thread = new Thread(runnable, "projection-rebuild-seal");
            thread.setDaemon(true);
            return thread;
        });
        try {
            eachInBulk(sealers, largestFirst, this::loggedAndIndexed);
            // Setting a table logged writes its rows unmarked: without this, no read could be answered from an index
            // alone (a person's history counted, a unit-year's trail) and the first reads after the swap would each
            // mark what they touch, until an autovacuum that an insert-only table waits long for. Frozen, the rows
            // are never written again for the transaction counter's wraparound. After the indexes, so that the
            // statistics cover their expressions.
            eachInBulk(sealers, largestFirst, table -> List.of("vacuum (freeze, analyze) " + fresh + "." + table));
        } finally {
            sealers.shutdownNow();
        }
        indexesToBuild.clear();
    }

    private List<String> loggedAndIndexed(String table) {
        List<String> statements = new ArrayList<>();
        // first, since setting a table logged writes every row again and builds each of its indexes again
        statements.add("alter table " + fresh + "." + table + " set logged");
        // one sort each, where the rows would have been put into them one at a time
        statements.addAll(indexesToBuild.getOrDefault(table, List.of()));
        return statements;
    }

    /** Each table's statements in bulk on a connection of the sealers', until every table's are through. */
    private void eachInBulk(ExecutorService sealers, List<String> tables, Function<String, List<String>> statements)
            throws InterruptedException {
        List<Future<?>> done = new ArrayList<>();
        tables.forEach(table -> done.add(sealers.submit(() -> inBulk(statements.apply(table)))));
        try {
            for (Future<?> table : done) {
                table.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** Statements each of which may go through a whole copy, on a connection that waits for them long enough. */
    private void inBulk(List<String> statements) {
        bulk.execute((ConnectionCallback<Void>) connection -> {
            NetworkTimeout.raised(connection, BULK_STATEMENT_TIMEOUT, () -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements) {
                        statement.execute(sql);
                    }
                }
            });
            return null;
        });
    }

    /** Puts the copies in place of the serving tables; to be called in the transaction that ends the rebuild. */
    void swap() {
        List<String> views = jdbc.sql("""
                        select distinct view.oid, view.relname, pg_get_viewdef(view.oid) as definition
                        from pg_depend dependency
                        join pg_rewrite rewrite on rewrite.oid = dependency.objid
                        join pg_class view on view.oid = rewrite.ev_class
                        where dependency.refobjid in (select class.oid from pg_class class
                                                      join pg_namespace schema on schema.oid = class.relnamespace
                                                      where schema.nspname = :schema
                                                        and class.relname in (:tables))
                          and view.relkind = 'v' and view.oid <> dependency.refobjid
                        order by view.oid""")
                .param("schema", serving).param("tables", tables)
                .query((row, index) -> "create view %s.%s as %s".formatted(serving, row.getString("relname"),
                        row.getString("definition").strip().replaceAll(";$", "")))
                .list();
        jdbc.sql("drop table " + String.join(", ", tables.stream().map(table -> serving + "." + table).toList())
                + " cascade").update();
        tables.forEach(table -> jdbc.sql("alter table " + fresh + "." + table + " set schema " + serving).update());
        views.forEach(view -> jdbc.sql(view).update());
        jdbc.sql("drop schema " + fresh).update();
    }

    void discard() {
        jdbc.sql("drop schema if exists " + fresh + " cascade").update();
    }
}
