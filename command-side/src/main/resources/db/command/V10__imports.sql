-- Bulk imports of existing records (issue 18): each file sent, kept until it has been gone through so that an import
-- interrupted by a stop continues where it stopped, and each row's outcome, the downloadable report.
create table import_job (
    import_id        uuid        primary key,
    kind             varchar(20) not null,
    file_name        text        not null,
    format           varchar(10) not null,
    dry_run          boolean     not null,
    imported_by      text        not null,
    imported_by_role text        not null,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    state            varchar(10) not null,
    content          bytea,
    rows_total       integer     not null,
    rows_done        integer     not null default 0,
    recorded         integer     not null default 0,
    already_recorded integer     not null default 0,
    refused          integer     not null default 0
);

create table import_row (
    import_id  uuid        not null references import_job,
    row_number integer     not null,
    outcome    varchar(20) not null,
    code       text,
    facts      text,
    event_id   text,
    primary key (import_id, row_number)
);
