-- The development cycle (the `development` projection): needs with their source and whether a development met them,
-- every version of each unit's annual plan with its items, and the realisations linking what people completed to
-- the items. The JP a realisation earned is the completion's, joined from report_lesson_hours when a report is read.
-- Units are unit codes, as the command side writes them. Rows carry the global index and recorded time of the last
-- event that wrote them; a redelivered event changes nothing.

create table development_need (
    need_id           uuid         primary key,
    unit              text         not null,
    nips              text[]       not null,
    source            varchar(32)  not null,
    source_id         uuid,
    period            varchar(8),
    category          varchar(16),
    competency        text,
    description       text,
    identified_on     date         not null,
    status            varchar(16)  not null,
    closed_by_nip     char(18),
    closed_by_kind    varchar(16),
    closed_by_id      uuid,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null
);
create index development_need_by_unit on development_need (unit, status);
create index development_need_by_nip on development_need using gin (nips);

create table development_plan_version (
    unit              text         not null,
    year              integer      not null,
    version           integer      not null,
    amends_version    integer,
    reason            text,
    status            varchar(16)  not null,
    proposed_by       text,
    decided_by        text,
    decided_on        date,
    last_global_index bigint       not null,
    last_recorded_at  timestamptz  not null,
    primary key (unit, year, version)
);

create table development_plan_item (
    unit               text          not null,
    year               integer       not null,
    version            integer       not null,
    item_id            uuid          not null,
    need_ids           text[]        not null,
    nips               text[]        not null,
    category           varchar(16)   not null,
    form               varchar(16)   not null,
    route              varchar(16)   not null,
    title              text          not null,
    planned_jp         integer       not null,
    partner            text,
    quarter            integer       not null,
    estimated_cost     numeric(18,2),
    primary key (unit, year, version, item_id)
);
create index development_plan_item_by_nip on development_plan_item using gin (nips);

create table development_realisation (
    unit              text          not null,
    year              integer       not null,
    item_id           uuid          not null,
    nip               char(18)      not null,
    kind              varchar(16)   not null,
    development_id    uuid          not null,
    cost              numeric(18,2),
    last_global_index bigint        not null,
    last_recorded_at  timestamptz   not null,
    primary key (unit, year, item_id, nip)
);
