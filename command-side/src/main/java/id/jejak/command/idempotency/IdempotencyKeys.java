package id.jejak.command.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The {@code idempotency_key} table: claiming a key, keeping its answer, giving up a claim. */
class IdempotencyKeys {

    /** What a key was claimed with and, once the request was answered, the answer. */
    record Entry(String requestHash, Integer status, String contentType, String location, byte[] body,
                 OffsetDateTime createdAt, OffsetDateTime committedAt) {

        boolean answered() {
            return status != null;
        }

        /**
         * Its command was committed, but no answer was kept for longer than a request may take: the answer was lost
         * (the node stopped, or the database, in between). Younger, the answer may still be on its way.
         */
        boolean answerLost(Duration abandonedAfter) {
            return status == null && committedAt != null
                    && createdAt.toInstant().plus(abandonedAfter).isBefore(java.time.Instant.now());
        }
    }

    interface Claim {
    }

    /** The key is this request's now: send the command. */
    record Claimed() implements Claim {
    }

    /** The key was used before: by this request (repeat its answer, or wait) or by another (refuse). */
    record Taken(Entry entry) implements Claim {
    }

    private final JdbcClient jdbc;
    private final Duration abandonedAfter;

    IdempotencyKeys(JdbcClient jdbc, Duration abandonedAfter) {
        this.jdbc = jdbc;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Claims the key by inserting it first: of two requests with one key, the database lets exactly one insert. A
     * claim unanswered and uncommitted for {@code abandonedAfter} was most likely left by a node that stopped, and
     * is taken over; should its first request still commit after all, {@link IdempotentCommit} lets only one of
     * the two do so.
     */
    Claim claim(String actor, String key, String requestHash) {
        int inserted = jdbc.sql("""
                        insert into idempotency_key (actor_id, idempotency_key, request_hash, created_at)
                        values (?, ?, ?, now()) on conflict do nothing""")
                .params(actor, key, requestHash).update();
        if (inserted == 1) {
            return new Claimed();
        }
        Optional<Entry> entry = find(actor, key);
        if (entry.isEmpty()) {
            // given up by its owner between the insert and this read: try once more
            return claim(actor, key, requestHash);
        }
        Entry existing = entry.get();
        if (!existing.answered() && existing.committedAt() == null && existing.requestHash().equals(requestHash)
                && existing.createdAt().toInstant().plus(abandonedAfter).isBefore(java.time.Instant.now())) {
            int taken = jdbc.sql("""
                            update idempotency_key set created_at = now()
                            where actor_id = ? and idempotency_key = ? and response_status is null and created_at = ?""")
                    .params(actor, key, existing.createdAt()).update();
            if (taken == 1) {
                return new Claimed();
            }
        }
        return new Taken(existing);
    }

    void answer(String actor, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                        update idempotency_key
                        set response_status = ?, response_type = ?, response_location = ?, response_body = ?,
                            completed_at = now()
                        where actor_id = ? and idempotency_key = ?""")
                .params(status, contentType, location, body, actor, key).update();
    }

    /**
     * The request got no answer worth repeating (it failed, or should be sent again): the key is free again — unless
     * its command was committed all the same, which a retry must be told rather than record it twice.
     */
    void release(String actor, String key) {
        jdbc.sql("""
                        delete from idempotency_key
                        where actor_id = ? and idempotency_key = ? and response_status is null and committed_at is null""")
                .params(actor, key).update();
    }

    /**
     * In the command's own transaction: its key's request is recorded. False when another execution under the key
     * committed first (the row lock makes the later one wait for the earlier's outcome).
     */
    boolean markCommitted(String actor, String key) {
        return jdbc.sql("""
                        update idempotency_key set committed_at = now()
                        where actor_id = ? and idempotency_key = ? and committed_at is null""")
                .params(actor, key).update() == 1;
    }

    /**
     * Forgets the keys claimed before {@code cutoff}: a client repeats a request within minutes or hours, never
     * months, and the table would otherwise keep every answer forever. A repeat after that is a new request.
     */
    int forgetClaimedBefore(OffsetDateTime cutoff) {
        return jdbc.sql("delete from idempotency_key where created_at < ?").params(cutoff).update();
    }

    private Optional<Entry> find(String actor, String key) {
        return jdbc.sql("""
                        select request_hash, response_status, response_type, response_location, response_body,
                               created_at, committed_at
                        from idempotency_key where actor_id = ? and idempotency_key = ?""")
                .params(actor, key)
                .query((row, i) -> new Entry(row.getString("request_hash"),
                        (Integer) row.getObject("response_status"), row.getString("response_type"),
                        row.getString("response_location"), row.getBytes("response_body"),
                        row.getObject("created_at", OffsetDateTime.class),
                        row.getObject("committed_at", OffsetDateTime.class)))
                .optional();
    }
}
