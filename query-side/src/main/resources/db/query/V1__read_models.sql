-- The query side's schema: its processors' tokens and its read models. Every read-model row carries the sequence
-- number and recorded time of the last event that touched it, which is also what makes redelivery harmless.

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

create table civil_servant (
    nip             char(18)     primary key,
    full_name       text         not null,
    employment_type varchar(8)   not null,
    rank            varchar(8),
    work_unit       text         not null,
    position        text         not null,
    registered_on   date         not null,
    last_sequence   bigint       not null,
    updated_at      timestamptz  not null
);

create table training (
    training_id          uuid         primary key,
    nip                  char(18)     not null,
    title                text         not null,
    kind                 varchar(16)  not null,
    organiser            text         not null,
    planned_jp           integer      not null,
    start_date           date         not null,
    completed_on         date,
    earned_jp            integer,
    certificate_number   text,
    last_sequence        bigint       not null,
    updated_at           timestamptz  not null
);
create index training_by_nip_and_completion on training (nip, completed_on);

create table career_event (
    nip             char(18)     not null,
    sequence_number bigint       not null,
    global_index    bigint,
    event_id        varchar(255) not null unique,
    event_type      varchar(100) not null,
    effective_date  date,
    recorded_at     timestamptz  not null,
    actor_id        text,
    actor_role      text,
    reason          text,
    legal_basis     text,
    correlation_id  text,
    causation_id    text,
    data            jsonb        not null,
    primary key (nip, sequence_number)
);
