-- The findings checker (processing group "findings"): the few facts about each person and unit its rules need,
-- kept apart from the other read models so the checker never depends on how far another processor has read, and the
-- findings decided when an event arrives. Fact rows are keyed by the event that states them (a redelivered event
-- adds nothing) and carry its global index; rules that depend on today read these tables when asked.

-- One row per civil servant: when their record starts, when they left, and how far their own stream has been read.
create table findings_person (
    nip              char(18)     primary key,
    employment_type  varchar(8)   not null,
    in_service_from  date         not null,
    left_on          date,
    global_index     bigint       not null
);

-- Ranks held, from the registration and from each promotion, with the date each was held from.
create table findings_rank (
    event_id      varchar(255) primary key,
    nip           char(18)     not null,
    rank          varchar(8)   not null,
    since         date         not null,
    global_index  bigint       not null
);
create index findings_rank_by_nip on findings_rank (nip);

-- The work unit a person belonged to from a date, from the registration and from each placement.
create table findings_placement (
    event_id      varchar(255) primary key,
    nip           char(18)     not null,
    work_unit     text         not null,
    since         date         not null,
    global_index  bigint       not null
);
create index findings_placement_by_nip on findings_placement (nip);

create table findings_proposal (
    event_id      varchar(255) primary key,
    nip           char(18)     not null,
    proposal_id   uuid         not null,
    proposed_by   text,
    global_index  bigint       not null
);
create index findings_proposal_by_nip on findings_proposal (nip);

-- Promotions granted: who proposed and approved by the event's own account, and who recorded it (metadata).
create table findings_promotion (
    event_id        varchar(255) primary key,
    nip             char(18)     not null,
    proposal_id     uuid,
    from_rank       varchar(8),
    to_rank         varchar(8),
    effective_date  date         not null,
    proposed_by     text,
    approved_by     text,
    recorded_by     text,
    recorded_at     timestamptz  not null,
    global_index    bigint       not null
);
create index findings_promotion_by_nip on findings_promotion (nip);

-- Every version of every evaluation: the original (corrected_event_id null) and each correction of it.
create table findings_evaluation (
    event_id            varchar(255) primary key,
    nip                 char(18)     not null,
    evaluation_id       uuid         not null,
    kind                varchar(16)  not null,
    year                integer      not null,
    period_end          date         not null,
    predicate           varchar(20)  not null,
    corrected_event_id  varchar(255),
    recorded_at         timestamptz  not null,
    global_index        bigint       not null
);
create index findings_evaluation_by_nip on findings_evaluation (nip);
create index findings_evaluation_by_year on findings_evaluation (year);

create table findings_coaching (
    event_id       varchar(255) primary key,
    nip            char(18)     not null,
    coaching_id    uuid         not null,
    evaluation_id  uuid         not null,
    planned_on     date         not null,
    recorded_at    timestamptz  not null,
    global_index   bigint       not null
);
create index findings_coaching_by_nip on findings_coaching (nip);

-- Sanctions, in force from effective_date until the day before ends_on; revoked_by names a SanctionRevoked.
create table findings_sanction (
    event_id        varchar(255) primary key,
    nip             char(18)     not null,
    sanction_id     uuid         not null,
    type            varchar(32)  not null,
    effective_date  date         not null,
    ends_on         date         not null,
    revoked_by      varchar(255),
    global_index    bigint       not null
);
create index findings_sanction_by_nip on findings_sanction (nip);

-- Lesson hours (JP) earned, one row per training or programme completion, summed per person and year when asked.
create table findings_lesson_hours (
    event_id      varchar(255) primary key,
    nip           char(18)     not null,
    completed_on  date         not null,
    lesson_hours  integer      not null,
    global_index  bigint       not null
);
create index findings_lesson_hours_by_nip on findings_lesson_hours (nip);

-- Decisions taken by decree, with their effective date (TMT) and when they were recorded.
create table findings_decision (
    event_id        varchar(255) primary key,
    nip             char(18)     not null,
    event_type      varchar(100) not null,
    effective_date  date         not null,
    recorded_at     timestamptz  not null,
    global_index    bigint       not null
);
create index findings_decision_by_nip on findings_decision (nip);

-- Events a DecisionRevoked made void.
create table findings_revocation (
    revoked_event_id  varchar(255) primary key,
    event_id          varchar(255) not null,
    nip               char(18)     not null,
    global_index      bigint       not null
);
create index findings_revocation_by_nip on findings_revocation (nip);

-- Every version of a unit's organisation predicate for a year: the record and each correction of it.
create table findings_organisation_predicate (
    event_id            varchar(255) primary key,
    unit                varchar(40)  not null,
    year                integer      not null,
    predicate           varchar(20)  not null,
    corrected_event_id  varchar(255),
    recorded_at         timestamptz  not null,
    global_index        bigint       not null
);
create index findings_organisation_predicate_by_unit on findings_organisation_predicate (unit, year);

-- Findings decided when an event arrives, one per rule and subject (the main event's id), so a redelivered event or a
-- second check of the same history finds the row it already wrote. detected_at is when the history first showed the
-- breach (the recorded time of the event that completed it), global_index the last event that changed the row.
create table finding (
    id            bigint       generated always as identity primary key,
    rule_code     varchar(60)  not null,
    subject       varchar(255) not null,
    nips          text[]       not null,
    unit          text,
    year          integer,
    event_ids     text[]       not null,
    facts         jsonb        not null,
    detected_at   timestamptz  not null,
    global_index  bigint       not null,
    unique (rule_code, subject)
);
create index finding_by_nips on finding using gin (nips);
