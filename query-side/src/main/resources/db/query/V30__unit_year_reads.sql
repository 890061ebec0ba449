-- A unit's year read from rows kept for that read (issue 19): the decision trail's total, the trail's page, the
-- findings and the lesson-hours report of a unit for a year are each a range of an index, not a count or a scan of
-- everything the unit ever held. The rows added here are filled from what the tables already hold, so an existing
-- store answers as before without a rebuild; a rebuild truncates and refills them with the rest.

-- How many trail rows each person has in a unit's year (unit as unit_name writes it, year of the effective date):
-- the trail's total for a unit-year is the sum over the unit's people, not a count of its rows on every page. Kept
-- per person so that only the processor segment that holds the person ever writes the row: a single row per
-- unit-year would be written by every segment and lock them against each other.
create table career_event_count (
    unit_name  text     not null,
    year       integer  not null,
    nip        char(18) not null,
    events     bigint   not null,
    primary key (unit_name, year, nip)
);
insert into career_event_count (unit_name, year, nip, events)
select unit_name(work_unit), extract(year from effective_date)::integer, nip, count(*)
from career_event
where work_unit is not null and effective_date is not null
group by 1, 2, 3;

-- A unit-year's trail in the order it is shown: its first page reads its first rows, not all of them sorted.
create index career_event_by_unit_year on career_event
    (unit_name(work_unit), (extract(year from effective_date)::integer), global_index);

-- Findings: the stored ones by unit and year; the facts the rules judging a year read, by person and date.
create index finding_by_unit_year on finding (unit_name(unit), year);
create index findings_lesson_hours_by_nip_date on findings_lesson_hours (nip, completed_on);
create index findings_decision_by_nip_date on findings_decision (nip, effective_date);
create index findings_evaluation_by_nip_year on findings_evaluation (nip, year);
create index findings_coaching_by_nip_evaluation on findings_coaching (nip, evaluation_id);

-- The unit each person was in, as periods: from from_date (null: from before their first placement, which counts for
-- the time before it) until the day before until_date (null: still). The reports projection rewrites a person's
-- periods when one of their placements or its revocation arrives, so "the unit on a day" is one indexed row.
create table report_unit_stay (
    nip         char(18) not null,
    unit        text     not null,
    from_date   date,
    until_date  date
);
create index report_unit_stay_by_nip on report_unit_stay (nip, from_date);
create index report_unit_stay_by_unit on report_unit_stay (unit, nip);
-- A person's periods, from their placements that stand; the projection and the fill below both write these.
create function report_unit_stays(person char(18))
    returns table (nip char(18), unit text, from_date date, until_date date)
    language sql stable as
$$
select person, placed.unit,
       case when row_number() over periods = 1 then null else placed.effective_date end,
       lead(placed.effective_date) over periods
from (select distinct on (placement.effective_date) placement.unit, placement.effective_date
      from report_placement placement
      where placement.nip = person
        and not exists (select 1 from report_revocation revocation
                        where revocation.revoked_event_id = placement.event_id)
      order by placement.effective_date, placement.last_global_index desc) placed
window periods as (order by placed.effective_date)
$$;
insert into report_unit_stay (nip, unit, from_date, until_date)
select stays.* from (select distinct nip from report_placement) placed, lateral report_unit_stays(placed.nip) stays;

-- The unit a person was in on a day, as before (the latest placement in effect that day, the later recorded of two on
-- the same day, unless revoked; before the first placement, the first one), now read from the periods above.
create or replace function report_unit_on(person char(18), day date) returns text
    language sql stable as
$$
select stay.unit
from report_unit_stay stay
where stay.nip = person
  and (stay.from_date is null or stay.from_date <= day)
  and (stay.until_date is null or stay.until_date > day)
limit 1
$$;

-- The lesson hours of a unit's people in a year, read by person and date rather than the whole year's.
create index report_lesson_hours_by_nip_date on report_lesson_hours (nip, completed_on);
