-- The facts HR's reports are built from, kept by the `reports` projection from the event stream alone and rebuilt by
-- replaying it. A streaming processor orders events within one stream (a person's, a programme's, a work unit's) but
-- not across streams, so these tables hold facts as each stream states them, and the reports join them when read:
-- a programme completion may arrive before or after the revocation that voids it, and either way it stops counting.
-- Every row carries the global index and recorded time of the last event that wrote it; an update from an event at
-- or below that index changes nothing, which makes redelivery harmless. Units are named as a work unit's code is
-- written: trimmed, inner spaces collapsed, upper-cased.

-- Each person's current standing, as promotion eligibility needs it; rank and since follow report_rank.
create table report_person (
    nip               char(18)     primary key,
    full_name         text         not null,
    employment_type   varchar(8)   not null,
    status            varchar(16)  not null,
    status_since      date,
    in_service_since  date         not null,
    rank              varchar(8),
    rank_since        date,
    education         varchar(16),
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);

-- Every rank held (registration and promotions), so that revoking the latest promotion restores the one before it.
create table report_rank (
    event_id          varchar(255) primary key,
    nip               char(18)     not null,
    rank              varchar(8)   not null,
    since             date         not null,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);
create index report_rank_by_nip on report_rank (nip, last_global_index);

-- Every unit a person was placed in and from when (registration and placements).
create table report_placement (
    event_id          varchar(255) primary key,
    nip               char(18)     not null,
    unit              text         not null,
    effective_date    date         not null,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);
create index report_placement_by_nip on report_placement (nip, effective_date);

-- Every decision revoked, by the id of the event that recorded it.
create table report_revocation (
    revoked_event_id   varchar(255) primary key,
    nip                char(18)     not null,
    revoked_event_type varchar(100),
    effective_date     date,
    last_global_index  bigint       not null,
    last_recorded_at   timestamptz  not null
);

-- Lesson hours (JP) earned: a training completed, or a programme attended to its end.
create table report_lesson_hours (
    event_id          varchar(255) primary key,
    nip               char(18)     not null,
    source            varchar(16)  not null,
    source_id         uuid         not null,
    earned_jp         integer      not null,
    completed_on      date         not null,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);
create index report_lesson_hours_by_date on report_lesson_hours (completed_on);

-- Annual evaluations with their latest predicate; event_id is the event that last decided it (evaluation or
-- correction), the one a revocation names.
create table report_evaluation (
    evaluation_id     uuid         primary key,
    nip               char(18)     not null,
    year              integer      not null,
    period_end        date         not null,
    predicate         varchar(16)  not null,
    event_id          varchar(255) not null,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);
create index report_evaluation_by_year on report_evaluation (year, nip);

create table report_sanction (
    sanction_id       uuid         primary key,
    nip               char(18)     not null,
    type              varchar(32)  not null,
    level             varchar(8)   not null,
    effective_date    date         not null,
    ends_on           date         not null,
    event_id          varchar(255) not null,
    revoked_on_appeal boolean      not null default false,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);
create index report_sanction_by_nip on report_sanction (nip);

create table report_programme (
    programme_id      uuid         primary key,
    title             text         not null,
    kind              varchar(16)  not null,
    start_date        date         not null,
    end_date          date         not null,
    lesson_hours      integer      not null,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);

-- Who was enrolled in a programme and how their part ended (attended or not, and the event that recorded it).
create table report_participant (
    programme_id        uuid         not null,
    nip                 char(18)     not null,
    enrolled_on         date,
    attended            boolean,
    completed_on        date,
    completion_event_id varchar(255),
    last_global_index   bigint       not null,
    last_recorded_at    timestamptz  not null,
    primary key (programme_id, nip)
);

-- A unit's organisation predicate for a year: the latest record or correction.
create table report_organisation_performance (
    unit              varchar(40)  not null,
    year              integer      not null,
    predicate         varchar(16)  not null,
    event_id          varchar(255) not null,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null,
    primary key (unit, year)
);

create table report_citizen_satisfaction (
    unit               varchar(40)  not null,
    period             varchar(7)   not null,
    year               integer      not null,
    satisfaction_index numeric(5,2) not null,
    grade              char(1)      not null,
    respondents        integer      not null,
    grade_policy       text         not null,
    last_global_index  bigint       not null,
    last_recorded_at   timestamptz  not null,
    primary key (unit, period)
);

-- The unit a person was in on a day: the latest placement in effect that day (the later recorded of two on the same
-- day), unless revoked. Before their first placement, the first one: someone trained before their registration took
-- effect still belongs somewhere.
create function report_unit_on(person char(18), day date) returns text
    language sql stable as
$$
select placement.unit
from report_placement placement
where placement.nip = person
  and not exists (select 1 from report_revocation revocation
                  where revocation.revoked_event_id = placement.event_id)
order by placement.effective_date <= day desc,
         case when placement.effective_date <= day then placement.effective_date end desc,
         placement.effective_date,
         placement.last_global_index desc
limit 1
$$;

-- Each person's annual predicate of each year, unless its evaluation was revoked (of two, the later recorded).
create view report_annual_predicate as
select distinct on (evaluation.nip, evaluation.year)
       evaluation.nip, evaluation.year, evaluation.predicate, evaluation.period_end
from report_evaluation evaluation
where not exists (select 1 from report_revocation revocation
                  where revocation.revoked_event_id = evaluation.event_id)
order by evaluation.nip, evaluation.year, evaluation.last_global_index desc;
