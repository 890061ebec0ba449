-- Each person's lesson hours (JP) per year and per unit they were in on the completion's date (the unit
-- report_unit_on gives; null before any placement that stands), of the completions that stand. The 20-JP report of a
-- unit-year reads these rows, by unit or by person, instead of locating each of the year's completions in a unit.
-- The reports projection writes a person's rows again whenever one of their completions, placements or revocations
-- arrives; it takes each person's events in the order they were recorded, whatever stream each came from, so the
-- rows follow from all of them. Filled here from what the tables hold, so an existing store answers without a rebuild.
create table report_lesson_hours_year (
    nip        char(18) not null,
    year       integer  not null,
    unit       text,
    earned_jp  integer  not null
);
create index report_lesson_hours_year_by_nip on report_lesson_hours_year (nip, year);
create index report_lesson_hours_year_by_unit on report_lesson_hours_year (unit, year);

-- A person's rows, from their completions that stand and their periods in units; the projection and the fill both
-- write these.
create function report_lesson_hours_years(person char(18))
    returns table (nip char(18), year integer, unit text, earned_jp integer)
    language sql stable as
$$
select person, extract(year from hours.completed_on)::integer, stay.unit, sum(hours.earned_jp)::integer
from report_lesson_hours hours
left join report_unit_stay stay
       on stay.nip = hours.nip
      and (stay.from_date is null or stay.from_date <= hours.completed_on)
      and (stay.until_date is null or stay.until_date > hours.completed_on)
where hours.nip = person
  and not exists (select 1 from report_revocation revocation where revocation.revoked_event_id = hours.event_id)
group by 2, 3
$$;
insert into report_lesson_hours_year (nip, year, unit, earned_jp)
select years.* from (select distinct nip from report_lesson_hours) earned, lateral report_lesson_hours_years(earned.nip) years;


-- The findings checker's own: each person's lesson hours (JP) per year, of the completions that stand. A unit's
-- findings for a year read the completions themselves only of the people whose year falls short of the 20 JP (the
-- finding names them); the rest are judged by this row. The findings projection writes a person's rows again when
-- one of their completions or revocations arrives, in the person's order as above.
create table findings_lesson_hours_year (
    nip        char(18) not null,
    year       integer  not null,
    earned_jp  integer  not null,
    primary key (nip, year)
);
-- a unit's year reads the completions of those short of the obligation only
create index findings_lesson_hours_year_by_year on findings_lesson_hours_year (year, earned_jp);
create function findings_lesson_hours_years(person char(18))
    returns table (nip char(18), year integer, earned_jp integer)
    language sql stable as
$$
select person, extract(year from hours.completed_on)::integer, sum(hours.lesson_hours)::integer
from findings_lesson_hours hours
where hours.nip = person
  and not exists (select 1 from findings_revocation revocation where revocation.revoked_event_id = hours.event_id)
group by 2
$$;
insert into findings_lesson_hours_year (nip, year, earned_jp)
select years.* from (select distinct nip from findings_lesson_hours) earned,
                    lateral findings_lesson_hours_years(earned.nip) years;
