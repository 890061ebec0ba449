-- Each projection's last rebuild, so that a restart tells its readers what they were told before it: a rebuild cut
-- short goes on (its processor's tokens still replay) until the head the store had at its reset is reached, and a
-- failed one keeps its projection refused until a rebuild succeeds. Not derived from events: no reset clears it.
create table projection_rebuild (
    projection   varchar(255) primary key,
    state        varchar(16)  not null,
    -- the store's head at the reset; null when the rebuild failed before reading it
    head         bigint,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    error        text
);
