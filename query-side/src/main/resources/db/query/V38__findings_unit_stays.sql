-- The unit each person was in, as periods, for the findings: from from_date (the placement's TMT) until the day
-- before until_date (null: still); nothing before the first placement that stands. The latest placement in effect on
-- a day counts, the later recorded of two on the same day; a revoked one counts as never made. The findings projection
-- writes a person's periods again when one of their placements or revocations arrives. Every rule's "unit on a day"
-- reads these rows (PersonHistory.unitOn), and a unit's findings for a year start from the people whose periods in it
-- touch the year instead of everyone ever placed there.
create table findings_unit_stay (
    nip         char(18) not null,
    unit        text     not null,
    from_date   date     not null,
    until_date  date
);
create index findings_unit_stay_by_nip on findings_unit_stay (nip, from_date);
-- the people of a unit in a year, for the checker
create index findings_unit_stay_by_unit on findings_unit_stay (unit_name(unit), from_date);

-- A person's periods, from their placements that stand; the projection and the fill below both write these.
create function findings_unit_stays(person char(18))
    returns table (nip char(18), unit text, from_date date, until_date date)
    language sql stable as
$$
select person, placed.work_unit, placed.since, lead(placed.since) over (order by placed.since)
from (select distinct on (placement.since) placement.work_unit, placement.since
      from findings_placement placement
      where placement.nip = person
        and not exists (select 1 from findings_revocation revocation
                        where revocation.revoked_event_id = placement.event_id)
      order by placement.since, placement.global_index desc) placed
$$;
insert into findings_unit_stay (nip, unit, from_date, until_date)
select stays.* from (select distinct nip from findings_placement) placed, lateral findings_unit_stays(placed.nip) stays;

-- a unit's people are read from the periods now
drop index findings_placement_by_unit;
-- a year's annual evaluations, and those below Baik among them, without reading the year's others
drop index findings_evaluation_by_year;
create index findings_evaluation_by_year on findings_evaluation (year, kind, predicate);

-- The unit each evaluation's period ended in, from the periods above: the curve of a unit-year counts the year's
-- annual evaluations of this unit without locating each of the year's in a unit. The projection writes a person's
-- again with their periods, and when an evaluation of theirs arrives.
alter table findings_evaluation add column unit text;
update findings_evaluation evaluation
set unit = stay.unit
from findings_unit_stay stay
where stay.nip = evaluation.nip and stay.from_date <= evaluation.period_end
  and (stay.until_date is null or stay.until_date > evaluation.period_end);
create index findings_evaluation_by_unit_year on findings_evaluation (unit_name(unit), year);
