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

-- One row per event about a person, from their own record or from another stream that names them (a programme's
-- enrolment, say): keyed by the event's id, ordered by the global index, the order in which the store recorded them.
create table career_event (
    event_id        varchar(255) primary key,
    nip             char(18)     not null,
    stream_id       varchar(255) not null,
    sequence_number bigint       not null,
    global_index    bigint       not null,
    event_type      varchar(100) not null,
    kind            varchar(20)  not null,
    work_unit       text,
    approver_id     text,
    corrects_event_id varchar(255),
    effective_date  date,
    recorded_at     timestamptz  not null,
    actor_id        text,
    actor_role      text,
    reason          text,
    legal_basis     text,
    correlation_id  text,
    causation_id    text,
    data            jsonb        not null
);
create index career_event_by_nip on career_event (nip, global_index);
create index career_event_by_correction on career_event (corrects_event_id) where corrects_event_id is not null;
create index career_event_by_effective_date on career_event (effective_date, global_index);

-- The work unit each person belongs to now, so every event row can say in which unit it was decided.
create table person_unit (
    nip          char(18) primary key,
    work_unit    text     not null,
    global_index bigint   not null
);
