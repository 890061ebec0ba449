-- The decision trail compares units as findings and reports do (trimmed, upper-case), so "dinas kominfo" finds the
-- rows of "Dinas Kominfo"; the index on the unit as recorded gives way to one on the unit so compared.
drop index career_event_by_unit;
create index career_event_by_unit_name on career_event (upper(trim(work_unit)), effective_date, global_index);
