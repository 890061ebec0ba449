-- A rebuild is built on one node, its builder, into fresh tables beside the serving ones (BUILDING); every node then
-- stops its processors (STOPPING, since phase_since) and the builder swaps the tables in. The rebuild fails if its
-- builder is no longer seen. position is how far the builder has read, out of head.
alter table projection_rebuild
    add column builder     varchar(64),
    add column position    bigint not null default 0,
    add column phase_since timestamptz;

-- a rebuild under way in the earlier fashion (tokens reset, tables emptied) cannot be carried on by this one
update projection_rebuild set state = 'FAILED', phase = null, finished_at = now(), error = 'Upgraded'
where state = 'REBUILDING';
