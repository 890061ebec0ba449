-- The command side's own schema `command`: what it keeps besides the events (which the platform keeps in
-- `eventstore`). Its connection's search path starts here, so Axon's token store finds its table here too.

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- One row per Idempotency-Key an actor sent: the request it was first sent with (a SHA-256 of method, path and body)
-- and, once answered, the answer a repeat gets back. The row is claimed before the command is sent, so two requests
-- with one key never both send it.
create table idempotency_key (
    actor_id          text        not null,
    idempotency_key   text        not null,
    request_hash      char(64)    not null,
    response_status   integer,
    response_type     text,
    response_location text,
    response_body     bytea,
    created_at        timestamptz not null,
    completed_at      timestamptz,
    primary key (actor_id, idempotency_key)
);
