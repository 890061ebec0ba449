-- The query-side nodes running on this database, each seen at its last heartbeat: a node's fair share of a
-- processor's segments is the segments divided by the nodes seen lately, so segments spread over the nodes and a
-- silent node's share goes to the others. Not derived from events.
create table query_node (
    node_id  varchar(64) primary key,
    seen_at  timestamptz not null
);

-- A rebuild is carried out by every node: each stops its processor while the rebuild is STOPPING, one of them
-- resets the tokens (RESETTING), and all start again to replay (REPLAYING). A new request starts a new generation,
-- so a node acts on each request once.
alter table projection_rebuild
    add column phase      varchar(16),
    add column generation bigint not null default 0;
