-- The trail's total per unit-year (career_event_count) is counted once per INSERT statement, from the rows it added,
-- rather than by a clause on each row's INSERT: a statement of that shape cannot be one of many rows, so the career
-- history's inserts went to PostgreSQL one row at a time. A redelivered event's row is not inserted (on conflict do
-- nothing), so it is not in the statement's new rows and is not counted twice. The tables are named without their
-- schema: a rebuild counts into the fresh copies its search path puts first.
create function count_career_events() returns trigger language plpgsql as $$
begin
    insert into career_event_count (unit_name, year, nip, events)
    select unit_name(work_unit), extract(year from effective_date)::integer, nip, count(*) from inserted
    where work_unit is not null and effective_date is not null
    group by 1, 2, 3
    on conflict (unit_name, year, nip) do update set events = career_event_count.events + excluded.events;
    return null;
end
$$;

create trigger career_event_counted after insert on career_event referencing new table as inserted
    for each statement execute function count_career_events();
