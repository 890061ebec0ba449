-- Reads by unit. A unit's decision trail for a period reads that unit's rows only; a unit's findings and reports
-- read only the facts of people ever placed in it. Findings compare units as FindingFilter writes their codes
-- (trimmed, upper-case); the trail and the reports compare them as recorded.
create index career_event_by_unit on career_event (work_unit, effective_date, global_index);
create index findings_placement_by_unit on findings_placement (upper(trim(work_unit)));
create index report_placement_by_unit on report_placement (unit);
