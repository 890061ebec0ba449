-- One way to write a unit's name, as UnitNames (career-rules) writes it: trimmed, inner white space collapsed,
-- upper-cased. Findings and the decision trail compared "upper(trim(…))", the reports collapsed spaces as well, so
-- "Dinas  Kesehatan" was one unit to the reports and another to the findings; now every read compares this.
create function unit_name(work_unit text) returns text
    language sql immutable strict parallel safe
as $$ select upper(regexp_replace(trim(work_unit), '\s+', ' ', 'g')) $$;

drop index findings_placement_by_unit;
create index findings_placement_by_unit on findings_placement (unit_name(work_unit));
drop index career_event_by_unit_name;
create index career_event_by_unit_name on career_event (unit_name(work_unit), effective_date, global_index);
